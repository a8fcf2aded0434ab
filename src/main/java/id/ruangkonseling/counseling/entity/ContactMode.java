package id.ruangkonseling.counseling.entity;

/** How a student wants to talk with the counselor. */
public enum ContactMode {
    CHAT,
    MESSAGES,
    FACE_TO_FACE,
    VIDEO
}
