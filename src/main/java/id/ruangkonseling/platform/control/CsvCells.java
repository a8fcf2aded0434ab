package id.ruangkonseling.platform.control;

/** Cells of the CSV files the service hands out, safe to open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /** A text cell, quoted; a leading formula character is defused so that a spreadsheet shows it as text. */
    public static String text(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
