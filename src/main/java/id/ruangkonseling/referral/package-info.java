/**
 * Referral (rujukan, alih tangan kasus): a teacher hands a student they worry about to the school's
 * counselors. Owns the {@link id.ruangkonseling.referral.entity.Referral} and its lifecycle
 * (received, accepted, in progress, closed), the teacher's referral form and "my referrals" page, and
 * the {@link id.ruangkonseling.referral.boundary.Referrals} API the counselor's desk calls.
 * <p>
 * Rules: uses {@code lti} (the course roster), {@code school}, {@code audit} and {@code platform}, and
 * never {@code counseling}, which uses it: a merged referral holds its case only as an opaque id.
 * A teacher sees the referrals they wrote, content and status, and nothing a counselor wrote; the
 * counselors of the school read every referral of it; another school's referral is "not found".
 * Workflow steps are methods of the entity, and every submission and status change is audited.
 */
package id.ruangkonseling.referral;
