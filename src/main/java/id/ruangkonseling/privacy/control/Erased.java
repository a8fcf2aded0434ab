package id.ruangkonseling.privacy.control;

/** How many rows of each kind a purge or a deletion removed: what its audit entry says, never what they held. */
public record Erased(int cases, int requests, int notes, int referrals, int conversations, int messages,
                     int appointments, int drafts) {

    public static final Erased NOTHING = new Erased(0, 0, 0, 0, 0, 0, 0, 0);

    public Erased plus(Erased other) {
        return new Erased(cases + other.cases, requests + other.requests, notes + other.notes,
                referrals + other.referrals, conversations + other.conversations, messages + other.messages,
                appointments + other.appointments, drafts + other.drafts);
    }

    /** The counts as the audit entry's detail, e.g. {@code cases=2 requests=2 notes=5 ...}. */
    public String detail() {
        return "cases=" + cases + " requests=" + requests + " notes=" + notes + " referrals=" + referrals
                + " conversations=" + conversations + " messages=" + messages + " appointments=" + appointments
                + " drafts=" + drafts;
    }
}
