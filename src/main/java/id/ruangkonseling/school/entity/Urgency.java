package id.ruangkonseling.school.entity;

/** How soon a counselor should act on a request or a referral; shared like {@link ServiceField}. */
public enum Urgency {
    CAN_WAIT,
    SOON,
    NOW
}
