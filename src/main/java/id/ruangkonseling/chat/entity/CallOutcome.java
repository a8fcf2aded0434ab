package id.ruangkonseling.chat.entity;

/**
 * How a call ended, as the conversation's history keeps it: talked, not answered, turned down, or answered
 * but never connected (the two browsers found no way to each other, so nobody heard anybody).
 */
public enum CallOutcome {
    ANSWERED,
    MISSED,
    DECLINED,
    FAILED
}
