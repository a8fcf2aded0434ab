package id.ruangkonseling.safeguarding.control;

/** A school's crisis lexicon changed; once that committed, this instance reads it again. */
public record LexiconChanged(long schoolId) {
}
