package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.Launch.CourseClaim;
import id.ruangkonseling.lti.control.Launch.MessageType;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a signature-checked LTI 1.1 launch into the {@link Launch} an LTI 1.3 launch gives, so that
 * both let people in by the same rules: {@code user_id} is the subject, the consumer key the deployment.
 */
public final class Lti11LaunchFields {

    private Lti11LaunchFields() {
    }

    public static Launch launch(Lti11Form form, String consumerKey, URI launchUrl) throws LaunchRejected {
        if (!"basic-lti-launch-request".equals(form.value("lti_message_type").orElse(""))) {
            throw new LaunchRejected(Reason.UNSUPPORTED_MESSAGE_TYPE,
                    "LTI 1.1 message type " + form.value("lti_message_type").orElse("(none)"));
        }
        Optional<String> resourceLink = Optional.of(form.required("resource_link_id", Reason.MISSING_RESOURCE_LINK));
        List<String> roles = Arrays.stream(form.required("roles", Reason.MISSING_ROLES).split(","))
                .map(String::strip).filter(role -> !role.isEmpty()).toList();
        return new Launch(Lti11Consumers.ISSUER, form.required("user_id"), consumerKey, MessageType.RESOURCE_LINK,
                launchUrl, resourceLink, roles, name(form), form.value("lis_person_contact_email_primary"),
                form.value("launch_presentation_locale"), course(form), Optional.empty(), Optional.empty(),
                place(form), Optional.empty());
    }

    /** The full name, or the given and family names Moodle also sends when it sends no full one. */
    private static Optional<String> name(Lti11Form form) throws LaunchRejected {
        Optional<String> full = form.value("lis_person_name_full");
        if (full.isPresent()) {
            return full;
        }
        String parts = Stream.of(form.value("lis_person_name_given"), form.value("lis_person_name_family"))
                .flatMap(Optional::stream).collect(Collectors.joining(" "));
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts);
    }

    /** LTI 1.1 sends custom parameters as {@code custom_<name>}: the place a link opens, when it names one. */
    private static Map<String, String> place(Lti11Form form) throws LaunchRejected {
        return form.value("custom_" + ToolPlace.CUSTOM_KEY).map(place -> Map.of(ToolPlace.CUSTOM_KEY, place)).orElse(Map.of());
    }

    private static Optional<CourseClaim> course(Lti11Form form) throws LaunchRejected {
        Optional<String> id = form.value("context_id");
        return id.isEmpty() ? Optional.empty()
                : Optional.of(new CourseClaim(id.get(), form.value("context_title"), form.value("context_label")));
    }
}
