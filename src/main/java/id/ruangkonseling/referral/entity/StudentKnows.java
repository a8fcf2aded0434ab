package id.ruangkonseling.referral.entity;

/** Whether the student knows they were referred: counselors approach a student who does not differently. */
public enum StudentKnows {
    YES,
    NO,
    UNSURE
}
