package id.ruangkonseling.referral.entity;

import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.util.Objects;

/**
 * What the teacher writes in a referral: the field, why they refer, what they observed (concrete
 * behaviours and dates), how urgent it is and whether the student knows. Checked here too, so that
 * no caller can store a referral the form would refuse.
 */
public record ReferralContent(ServiceField field, String reason, String observations, Urgency urgency,
                              StudentKnows studentKnows) {

    /** The longest reason or observations a referral keeps (the columns are TEXT; this keeps them readable). */
    public static final int MAX_TEXT = 4000;

    public ReferralContent {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(studentKnows, "studentKnows");
        reason = text(reason, "reason");
        observations = text(observations, "observations");
    }

    private static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT);
        }
        return stripped;
    }
}
