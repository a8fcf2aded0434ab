/**
 * Safeguarding: noticing that a student may be in danger. Owns the crisis lexicon (shipped phrases in
 * Indonesian and English, each school's additions and removals), the matcher that checks request texts
 * and chat messages as they are saved, the help contacts a student in crisis is shown, the counselor on
 * duty, and the {@link id.ruangkonseling.safeguarding.boundary.CrisisEscalated} event that tells the rest
 * of the service (and later the e-mail sender) after an escalation committed.
 * <p>
 * Rules: a hit never blocks or changes what the student wrote; a school's lexicon is checked from memory,
 * without a query; nothing here keeps, logs or audits the text or the phrase that matched — only when and
 * from which kind of text. A school's phrases, contacts and duty never apply to another school. It uses
 * {@code school}, {@code audit} and {@code platform}; {@code chat} and {@code counseling} use it.
 */
package id.ruangkonseling.safeguarding;
