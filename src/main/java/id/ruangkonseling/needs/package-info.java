/**
 * The needs assessment (angket kebutuhan peserta didik, AKPD): a school's questionnaire (copied from the
 * shipped items on first use, edited by its counselors), rounds of it placed in a course by deep linking,
 * the students' answers, and the class's needs profile; a student's wish to talk becomes a counseling request.
 * <p>
 * Rules: a student reads and changes only their own answer, only while its round is open; answers and notes
 * are encrypted at rest and read by the school's counselors only, every read audited; a teacher sees how many
 * answered, a school admin the shares with counts below five suppressed ({@code SmallCount}); another school's
 * or student's ids are "not found". A note with words of the crisis lexicon becomes an escalated request at once.
 * It uses {@code counseling}, {@code chat}, {@code safeguarding}, {@code school}, {@code audit} and
 * {@code platform}; {@code lti} routes to its pages by path and knows nothing of it.
 */
package id.ruangkonseling.needs;
