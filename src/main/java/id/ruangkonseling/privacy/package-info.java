/**
 * The student's rights over their data and its retention (UU PDP No. 27/2022): a school's retention
 * policy and the daily purge of what expired, the export of everything about one student (JSON and a
 * readable PDF), deletion on request, and the breach query that lists whose data a time window touched.
 * <p>
 * Rules: the top room — uses {@code counseling}, {@code referral}, {@code chat}, {@code lti},
 * {@code school}, {@code audit} and {@code platform}, and nothing uses it. Only a school admin acts
 * here, on their own school only; anything of another school is "not found". Every purge, export and
 * deletion is audited with counts, never content; audit entries themselves are never deleted. A
 * deletion is one transaction: it happens whole or not at all.
 */
package id.ruangkonseling.privacy;
