package id.ruangkonseling.referral.entity;

/** Where a referral stands, the only thing about its handling that its teacher sees. */
public enum ReferralStatus {
    RECEIVED,
    ACCEPTED,
    IN_PROGRESS,
    CLOSED
}
