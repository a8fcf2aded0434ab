/**
 * Safeguarding: what protects a student beyond the confidentiality of each record — staying unnamed to
 * counselors behind a stable pseudonym ("Siswa 7F3K") until the student reveals their name or a counselor
 * breaks the glass with a written reason; a school admin's request for a student's whole file, which a
 * counselor of the school co-signs or refuses (the same kind of written reason, told to the student); and
 * noticing that a student may be in danger: the crisis lexicon (shipped phrases in Indonesian and English,
 * each school's additions and removals), the matcher that checks request texts and chat messages as they
 * are saved, the help contacts a student in crisis is shown, the counselor on duty, and the
 * {@link id.ruangkonseling.safeguarding.boundary.CrisisEscalated} event that tells the rest of the service
 * after an escalation committed.
 * <p>
 * Rules: a pseudonym is the student's, one per school and for good; a counselor's reveal needs a reason,
 * which is encrypted at rest, shown to the school admin and told to the student, and never goes into the
 * audit trail or a log; so is an export request's reason, and no admin co-signs their own request. A crisis
 * hit never blocks or changes what the student wrote; a school's lexicon is checked from memory, without a
 * query; nothing here keeps, logs or audits the text or the phrase that matched — only when and from which
 * kind of text. A school's phrases, contacts and duty never apply to another school. It knows cases only as
 * opaque ids. It uses {@code school}, {@code audit} and {@code platform}; {@code chat}, {@code counseling}
 * and {@code privacy} use it.
 */
package id.ruangkonseling.safeguarding;
