package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.privacy.control.DataKind;
import id.ruangkonseling.privacy.control.Extent;
import id.ruangkonseling.privacy.control.StudentFile;
import id.ruangkonseling.counseling.control.QueueItem;
import id.ruangkonseling.counseling.control.TimelineEntry;
import id.ruangkonseling.counseling.entity.AppointmentStatus;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.ToolKeys;
import id.ruangkonseling.lti.control.ToolPlace;
import id.ruangkonseling.reports.control.Figure;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.referral.entity.StudentKnows;
import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.safeguarding.entity.ExportRequest;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolZone;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the bundles is shown somewhere: a page or a class names its key, or the key belongs to
 * a family that a page or class builds from a prefix and a value (listed here with where the values come
 * from), or it replaces one of Faces's own messages. A key nobody uses is a text nobody maintains.
 */
class BundleKeysInUseTest {

    /** The call texts that address the reader, in a student's voice ({@code call.}) and the staff's ({@code call.staff.}). */
    private static final List<String> CALL_VOICE = List.of("notRecorded", "incoming.video", "incoming.voice", "lost", "declined",
            "muted", "unmuted", "cameraOff", "cameraOn", "localVideo");

    /**
     * Keys built as prefix + value + suffix, e.g. {@code 'serviceField.'.concat(field.name())}. A new family
     * is one line here; its prefix must then appear in a page or class, in quotes.
     */
    static final List<Family> FAMILIES = List.of(
            Family.of("audit.action.", AuditAction.values()),
            // retention and the student's rights: the student file's labels and the breach query's kinds
            Family.of("privacy.file.section.", StudentFile.Kind.values()),
            Family.of("privacy.file.field.", StudentFile.Field.values()),
            Family.of("privacy.file.extent.", Extent.values()),
            Family.of("privacy.cosign.state.", ExportRequest.State.values()),
            Family.of("admin.breach.kind.", DataKind.values()),
            // AuditPage.actor: who acted from outside any school (Actor.outsideSchools)
            new Family("audit.actor.", List.of("OPERATOR", "LMS", "SYSTEM", "STUDENT"), List.of("")),
            // AuditPage.role: a member's role in the launch, NONE when the launch gave no usable one
            new Family("audit.role.", Stream.concat(names(Role.values()).stream(), Stream.of("NONE")).toList(), List.of("")),
            Family.of("role.", Role.values()),
            Family.of("serviceField.", ServiceField.values()),
            // the needs assessment's pages and CSV: a service field as a heading
            Family.of("needs.field.", ServiceField.values()),
            // request.xhtml: the student's field picker, each field with what it covers
            Family.of("counseling.request.fieldChoice.", ServiceField.values()),
            Family.of("urgency.", Urgency.values()),
            Family.of("contactMode.", ContactMode.values()),
            // the way to meet as staff pages, the case timeline and the data export name it (third person)
            Family.of("contactMode.staff.", ContactMode.values()),
            Family.of("studentKnows.", StudentKnows.values()),
            Family.of("referral.status.", ReferralStatus.values()),
            Family.of("counseling.status.", RequestStatus.values()),
            Family.of("counseling.case.status.", CaseStatus.values()),
            Family.of("case.timeline.kind.", TimelineEntry.Kind.values()),
            Family.of("counseling.desk.kind.", QueueItem.Kind.values()),
            Family.of("counseling.desk.status.", QueueItem.QueueStatus.values()),
            Family.of("appointment.status.", AppointmentStatus.values()),
            Family.of("day.", DayOfWeek.values()),
            Family.of("admin.zone.", SchoolZone.values()),
            // service reports: each figure's label on the page, in the PDF and as the CSV's column's meaning
            Family.of("reports.figure.", Figure.values()),
            // CaseTimeline: how a call in the case's conversation ended
            Family.of("case.timeline.callOutcome.", CallOutcome.values()),
            // call-panel.xhtml and call-ring.xhtml: the texts that address the reader, a student's or the staff's
            new Family("call.", CALL_VOICE, List.of("")),
            new Family("call.staff.", CALL_VOICE, List.of("")),
            // my-appointments.xhtml: which side moved or cancelled an appointment, as the other side reads it
            new Family("appointments.by.", List.of("COUNSELOR", "STUDENT"), List.of("")),
            Family.of("launch.rejected.", LaunchRejected.Reason.values()),
            Family.of("operator.keys.use.", ToolKeys.Use.values()),
            // InvitationsPage.state
            new Family("operator.invitations.state.", List.of("used", "waiting", "expired"), List.of("")),
            new Family("deepLink.", Arrays.stream(ToolPlace.values()).map(ToolPlace::customValue).toList(),
                    List.of(".title", ".text")),
            // crisis escalation: where the words came from; HelpCards' shipped contacts
            Family.of("crisis.source.", CrisisSource.values()),
            new Family("crisis.help.default.", List.of("emergency", "mentalHealth", "violence"), List.of(".name", ".reach")),
            // the "kind" each page under webapp/error/ gives the error template
            new Family("error.", List.of("notFound", "serverError", "expired", "signedOut", "signedOutDone"),
                    List.of(".title", ".text")));

    /**
     * Faces's and PrimeFaces's own messages, replaced in our bundle because it is their message-bundle too
     * (faces-config.xml); PrimeFaces has no Indonesian of its own for the language code "id".
     */
    private static final List<String> FRAMEWORK_MESSAGES = List.of("jakarta.faces.", "primefaces.");

    private final Set<String> keys = Bundles.of("id").keySet();
    private final String sources = Stream.concat(Bundles.pages().stream(), Bundles.javaSources().stream())
            .map(Bundles::read).collect(Collectors.joining("\n"));

    @Test
    void everyKeyIsUsed() {
        Set<String> unused = new TreeSet<>();
        Set<String> built = FAMILIES.stream().flatMap(family -> family.keys().stream()).collect(Collectors.toSet());
        for (String key : keys) {
            if (!namedInSources(key) && !built.contains(key) && FRAMEWORK_MESSAGES.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no page or class uses (remove them, or list their family in FAMILIES)");
    }

    @Test
    void everyFamilyIsBuiltSomewhereAndHasATextForEachValue() {
        for (Family family : FAMILIES) {
            assertTrue(sources.contains("'" + family.prefix() + "'") || sources.contains("\"" + family.prefix() + "\""),
                    "no page or class builds keys from " + family.prefix() + "; drop the family");
            Set<String> missing = new TreeSet<>(family.keys());
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, "values of " + family.prefix() + " without a text");
        }
    }

    @Test
    void aKeyNamedNowhereIsFound() {
        assertTrue(namedInSources("counseling.request.title"));
        assertTrue(!namedInSources("counseling.request") && !namedInSources("no.such.key"));
    }

    /** Whether a page or class names the key whole: {@code 'key'}, {@code "key"} or a validation message {@code {key}}. */
    private boolean namedInSources(String key) {
        return sources.contains("'" + key + "'") || sources.contains("\"" + key + "\"") || sources.contains("{" + key + "}");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Keys {@code prefix + value + suffix} for every value and suffix. */
    record Family(String prefix, List<String> values, List<String> suffixes) {

        static Family of(String prefix, Enum<?>[] values) {
            return new Family(prefix, names(values), List.of(""));
        }

        List<String> keys() {
            return values.stream().flatMap(value -> suffixes.stream().map(suffix -> prefix + value + suffix)).toList();
        }
    }
}
