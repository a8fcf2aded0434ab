package id.ruangkonseling.safeguarding.control;

/** A school's crisis lexicon changed; once that committed, every instance reads it again. */
public record LexiconChanged(long schoolId) {
}
