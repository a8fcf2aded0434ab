package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an LTI 1.1 launch as posted (body and query together, as OAuth signs them), and
 * the single values the launch is read from.
 */
public record Lti11Form(Map<String, List<String>> parameters) {

    /** What tells an LTI 1.1 launch from an LTI 1.3 one ({@code lti_version}). */
    public static final String VERSION = "LTI-1p0";

    public Lti11Form {
        parameters = Map.copyOf(parameters);
    }

    /** From the servlet's parameter map. */
    public static Lti11Form of(Map<String, String[]> posted) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        posted.forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return new Lti11Form(parameters);
    }

    /** The one non-blank value of {@code name}, if sent; sent twice, the launch is refused as unreadable. */
    public Optional<String> value(String name) throws LaunchRejected {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new LaunchRejected(Reason.INCOMPLETE_LTI11_LAUNCH, name + " was sent " + values.size() + " times");
        }
        return values.stream().filter(value -> !value.isBlank()).findFirst();
    }

    /** The one value of {@code name}; a launch without it is refused with {@code missing}. */
    public String required(String name, Reason missing) throws LaunchRejected {
        return value(name).orElseThrow(() -> new LaunchRejected(missing, "no " + name));
    }

    /** The one value of a parameter every LTI 1.1 launch has. */
    public String required(String name) throws LaunchRejected {
        return required(name, Reason.INCOMPLETE_LTI11_LAUNCH);
    }
}
