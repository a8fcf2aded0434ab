package id.ruangkonseling.chat.entity;

import java.util.Locale;
import java.util.Optional;

/** How a call is held: with the camera (video) or with sound only (voice). */
public enum CallKind {
    VIDEO,
    VOICE;

    /** As the API writes it: {@code video}, {@code voice}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind the API named; empty for anything else. */
    public static Optional<CallKind> of(String wire) {
        for (CallKind kind : values()) {
            if (kind.wire().equals(wire)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
