/**
 * Safeguarding: what protects a student beyond the confidentiality of each record — here, staying
 * unnamed to counselors behind a stable pseudonym ("Siswa 7F3K") until the student reveals their name,
 * or a counselor breaks the glass with a written reason.
 * <p>
 * Rules: a pseudonym is the student's, one per school and for good; a counselor's reveal needs a reason,
 * which is encrypted at rest, shown to the school admin and told to the student, and never goes into the
 * audit trail or a log. It knows cases only as opaque ids. It uses {@code school}, {@code audit} and
 * {@code platform}; {@code chat} and {@code counseling} use it.
 */
package id.ruangkonseling.safeguarding;
