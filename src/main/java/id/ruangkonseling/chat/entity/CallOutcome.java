package id.ruangkonseling.chat.entity;

/** How a call ended, as the conversation's history keeps it: talked, not answered, or turned down. */
public enum CallOutcome {
    ANSWERED,
    MISSED,
    DECLINED
}
