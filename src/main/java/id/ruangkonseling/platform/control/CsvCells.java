package id.ruangkonseling.platform.control;

/** Cells of the CSV files the service hands out, safe to open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /** A text cell, quoted; a leading formula character is defused so that a spreadsheet shows it as text. */
    public static String text(String value) {
        return quoted(defused(value));
    }

    /** A text cell as {@link #text}, but quoted only when it must be (a comma, a quote or a line break in it). */
    public static String bare(String value) {
        String safe = defused(value);
        return safe.matches("[^\",\r\n]*") ? safe : quoted(safe);
    }

    private static String defused(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
