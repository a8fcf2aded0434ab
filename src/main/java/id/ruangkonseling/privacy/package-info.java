/**
 * The student's rights over their data and its retention (UU PDP No. 27/2022): a school's retention
 * policy and the daily purge of what expired, a student's file as JSON and a readable PDF (the student's own,
 * from their home; the school admin's), deletion on request, and the breach query that lists whose data a
 * time window touched.
 * <p>
 * Rules: the top room — uses {@code counseling}, {@code referral}, {@code chat}, {@code safeguarding},
 * {@code lti}, {@code school}, {@code audit} and {@code platform}, and nothing uses it. What a file holds
 * follows the confidentiality table ({@code Extent}): the student never gets notes, referrals or the trail;
 * the school admin gets no written word unless a counselor co-signed their request (kept in
 * {@code safeguarding}, so that the counselor's desk can show it). Apart from the student's own file, only a
 * school admin acts here, on their own school only; anything of another school is "not found". Every purge,
 * export and deletion is audited with counts, never content; audit entries themselves are never deleted. A
 * deletion is one transaction: it happens whole or not at all.
 */
package id.ruangkonseling.privacy;
