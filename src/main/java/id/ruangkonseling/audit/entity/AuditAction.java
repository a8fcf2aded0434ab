package id.ruangkonseling.audit.entity;

/** What an audit entry records. Each has a label in the bundles ({@code audit.action.<name>}). */
public enum AuditAction {
    LAUNCH_ACCEPTED,
    LAUNCH_REFUSED,
    LAUNCH_RESUMED,
    COUNSELOR_APPOINTED,
    COUNSELOR_RELEASED,
    COUNSELING_COURSE_NAMED,
    INVITATION_ISSUED,
    PLATFORM_REGISTERED,
    LTI11_KEY_ISSUED,
    SIGNING_KEY_ADDED,
    REFERRAL_SUBMITTED,
    /** Written by versions that accepted a referral on its own; taking one up is {@link #REFERRAL_MERGED} now. */
    REFERRAL_ACCEPTED,
    REFERRAL_WORK_STARTED,
    REFERRAL_CLOSED,
    REFERRAL_MERGED,
    REQUEST_SUBMITTED,
    REQUEST_ACCEPTED,
    REQUEST_DECLINED,
    CASE_STATUS_CHANGED,
    CASE_READ,
    CASE_HANDED_OVER,
    NOTE_WRITTEN,
    MESSAGE_SENT,
    CONVERSATION_READ,
    CONVERSATION_HANDED_OVER,
    // appointments
    APPOINTMENT_BOOKED,
    APPOINTMENT_RESCHEDULED,
    APPOINTMENT_CANCELLED,
    AVAILABILITY_CHANGED,
    // encryption at rest
    DATA_REENCRYPTED,
    // appointments, continued
    APPOINTMENT_DONE,
    // pseudonymous requests
    IDENTITY_REVEALED_BY_STUDENT,
    IDENTITY_REVEALED_BY_COUNSELOR,
    // crisis escalation
    CRISIS_ESCALATED,
    CRISIS_LEXICON_CHANGED,
    CRISIS_SETTINGS_CHANGED,
    // retention and the student's rights
    RETENTION_POLICY_CHANGED,
    DATA_PURGED,
    STUDENT_MARKED_LEFT,
    DATA_EXPORTED,
    DATA_DELETED_ON_REQUEST,
    BREACH_QUERIED,
    /** A launch gave a member a role they did not hold (the LMS's roles, or counselor by the school's BK course). */
    ROLE_GAINED,
    /** A counselor read an appointment: listed on their availability page, or its calendar file downloaded. */
    APPOINTMENT_READ,
    /** A school admin moved the school to another of Indonesia's time zones. */
    SCHOOL_TIME_ZONE_CHANGED,
    // voice and video calls: when and how, never what was said
    CALL_STARTED,
    CALL_ANSWERED,
    CALL_ENDED,
    // a student's file: their own download, and the admin's with content only on a counselor's co-signature
    OWN_DATA_EXPORTED,
    EXPORT_COSIGN_ASKED,
    EXPORT_COSIGNED,
    EXPORT_COSIGN_REFUSED,
    DATA_EXPORTED_WITH_CONTENT,
    // the needs assessment (AKPD): a counselor's read of the profiles (built from the answers), a round opened or closed,
    // an item added to or removed from the school's questionnaire
    NEEDS_PROFILE_READ,
    NEEDS_ROUND_CHANGED,
    NEEDS_QUESTIONNAIRE_CHANGED,
    /** A service report downloaded as CSV or PDF: which report, format and period in the detail, never a figure. */
    REPORT_EXPORTED;

    /** A read of a record (a case, a conversation, an appointment): a person may repeat it many times a day. */
    public boolean isRead() {
        return name().endsWith("_READ");
    }
}
