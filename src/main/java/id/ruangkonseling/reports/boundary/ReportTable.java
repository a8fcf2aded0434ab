package id.ruangkonseling.reports.boundary;

import java.util.List;

/** A table of a report page as the page writes it: a caption, the header row, and rows whose first cell heads the row. */
public record ReportTable(String id, String caption, List<String> header, List<List<String>> rows) {

    /** The rows without their first cell, for the page to write after the row's header. */
    public List<String> cellsOf(List<String> row) {
        return row.subList(1, row.size());
    }
}
