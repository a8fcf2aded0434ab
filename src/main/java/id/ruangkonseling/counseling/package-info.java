/**
 * Counseling: the student's counseling request (permohonan konseling) and the counseling case (kasus) a
 * counselor works, with their lifecycles. Counselors keep private, structured case notes (catatan konseling) that nobody else reads.
 * <p>
 * Rules: every workflow step is a method of the entity and an illegal step throws, whatever the page
 * shows; a student sees only their own requests and cases; counselors of the school see the school's;
 * teachers and school admins never see their contents. Texts a student writes stay within the school and
 * never reach a log or the audit trail. It uses {@code referral}, {@code school}, {@code audit} and
 * {@code platform}; nothing below uses it.
 */
package id.ruangkonseling.counseling;
