package id.ruangkonseling.counseling.entity;

/** Where a counseling request stands: waiting for a counselor, taken up as a case, or declined with a reason. */
public enum RequestStatus {
    SUBMITTED,
    ACCEPTED,
    DECLINED
}
