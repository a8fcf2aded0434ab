package id.ruangkonseling.lti.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The places a teacher can put into a course by Deep Linking; the choice travels in the resource link's
 * custom parameter {@code rk_place}, so later launches from that link open the same place.
 */
public enum ToolPlace {

    /** Students ask the school counselor for help. */
    COUNSELING,
    /** Teachers refer a student of the course to the counselor. */
    REFERRAL,
    /** The course's students answer the needs assessment (AKPD); its counselors read the class's needs. */
    NEEDS;

    public static final String CUSTOM_KEY = "rk_place";

    /** The value of {@code rk_place}: {@code counseling}, {@code referral}, {@code needs}. */
    public String customValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The custom parameters of a resource link that opens this place. */
    public Map<String, String> custom() {
        return Map.of(CUSTOM_KEY, customValue());
    }

    public static Optional<ToolPlace> of(String customValue) {
        return Arrays.stream(values()).filter(place -> place.customValue().equals(customValue)).findFirst();
    }
}
