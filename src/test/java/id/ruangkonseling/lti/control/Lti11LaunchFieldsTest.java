package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.ruangkonseling.lti.control.Launch.CourseClaim;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Moodle LTI 1.1 form read as the launch an LTI 1.3 id_token would give. */
class Lti11LaunchFieldsTest {

    private static final URI LAUNCH = URI.create("https://bk.sekolah.sch.id/lti/launch");

    @Test
    void moodlesFieldsBecomeTheLaunch() throws LaunchRejected {
        Launch launch = Lti11LaunchFields.launch(new Lti11Form(moodleForm()), "moodle-key", LAUNCH);

        assertEquals(Lti11Consumers.ISSUER, launch.issuer());
        assertEquals("moodle-key", launch.deploymentId());
        assertEquals("17", launch.subject());
        assertEquals(Optional.of("Siti Rahmā"), launch.name());
        assertEquals(Optional.of("siti@sekolah.test"), launch.email());
        assertEquals(List.of("Learner", "urn:lti:instrole:ims/lis/Student"), launch.roles());
        assertEquals(Optional.of("en"), launch.locale());
        assertEquals(Optional.of(new CourseClaim("9", Optional.of("Matematika XI"), Optional.of("MAT-XI"))), launch.course());
        assertEquals(Optional.of("3"), launch.resourceLinkId());
    }

    @Test
    void withoutAFullNameTheGivenAndFamilyNamesAreTheName() throws LaunchRejected {
        Map<String, List<String>> form = moodleForm();
        form.remove("lis_person_name_full");

        assertEquals(Optional.of("Siti Rahmā"), Lti11LaunchFields.launch(new Lti11Form(form), "k", LAUNCH).name());
    }

    @Test
    void aLaunchWithoutResourceLinkRolesOrUserIsRefused() {
        assertRefusedWithout("resource_link_id", Reason.MISSING_RESOURCE_LINK);
        assertRefusedWithout("roles", Reason.MISSING_ROLES);
        assertRefusedWithout("user_id", Reason.INCOMPLETE_LTI11_LAUNCH);
        assertRefusedWithout("lti_message_type", Reason.UNSUPPORTED_MESSAGE_TYPE);
    }

    private static void assertRefusedWithout(String field, Reason reason) {
        Map<String, List<String>> form = moodleForm();
        form.remove(field);
        assertEquals(reason, assertThrows(LaunchRejected.class,
                () -> Lti11LaunchFields.launch(new Lti11Form(form), "k", LAUNCH)).reason(), field);
    }

    private static Map<String, List<String>> moodleForm() {
        Map<String, List<String>> form = new HashMap<>();
        form.put("lti_version", List.of("LTI-1p0"));
        form.put("lti_message_type", List.of("basic-lti-launch-request"));
        form.put("resource_link_id", List.of("3"));
        form.put("user_id", List.of("17"));
        form.put("roles", List.of("Learner, urn:lti:instrole:ims/lis/Student"));
        form.put("lis_person_name_full", List.of("Siti Rahmā"));
        form.put("lis_person_name_given", List.of("Siti"));
        form.put("lis_person_name_family", List.of("Rahmā"));
        form.put("lis_person_contact_email_primary", List.of("siti@sekolah.test"));
        form.put("context_id", List.of("9"));
        form.put("context_title", List.of("Matematika XI"));
        form.put("context_label", List.of("MAT-XI"));
        form.put("launch_presentation_locale", List.of("en"));
        return form;
    }
}
