package id.ruangkonseling.safeguarding.entity;

/** Which kind of text a crisis phrase was found in: all that is kept of it, never the text or the phrase. */
public enum CrisisSource {
    REQUEST, MESSAGE
}
