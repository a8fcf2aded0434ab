package id.ruangkonseling.school.boundary;

/**
 * A CDI event: the school admin appointed or released a counselor. Fired inside the change's transaction;
 * components that keep who may see what in memory observe it after success and forget what they knew.
 */
public record CounselorRoleChanged(long schoolId, long memberId) {
}
