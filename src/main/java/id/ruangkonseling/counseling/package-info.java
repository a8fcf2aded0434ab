/**
 * Counseling: the student's counseling request (permohonan konseling) and its draft, the counseling case
 * (kasus) a counselor works with its private, structured case notes (catatan konseling), the desk's queue
 * of requests and referrals, and appointments (janji temu) booked on a counselor's weekly times.
 * <p>
 * Rules: every workflow step is a method of the entity and an illegal step throws, whatever the page
 * shows; a student sees only their own requests and appointments; a case and its notes are read only by
 * its counselor (every read audited), and anyone else's id is "not found"; teachers and school admins
 * never see contents. Texts people write are encrypted at rest and never reach a log or the audit trail.
 * A request or case whose student wrote words of the crisis lexicon is escalated here (flag, notices,
 * audit), never blocked. It uses {@code chat}, {@code referral}, {@code safeguarding}, {@code school},
 * {@code audit} and {@code platform}; nothing below uses it.
 */
package id.ruangkonseling.counseling;
