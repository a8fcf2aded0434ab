package id.ruangkonseling.platform.control;

/** Turns an exception into one short line fit for a log line or a health reason. */
public final class Failures {

    private static final int MAX_LENGTH = 240;
    private static final int MAX_DEPTH = 32;

    private Failures() {
    }

    /** The first line of the innermost message, so a chain of wrappers reads as its root cause. */
    public static String firstLine(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; depth < MAX_DEPTH && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause(); // bounded: a driver may build a chain of causes that loops
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElseThrow();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
