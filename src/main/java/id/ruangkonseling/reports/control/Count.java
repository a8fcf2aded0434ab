package id.ruangkonseling.reports.control;

/**
 * One figure's counting rule: which rows ({@code from} and {@code where}), the school column, the moment that
 * places a row in a month ({@code when}), and the columns that give its field and its counselor.
 */
record Count(String from, String school, String when, String field, String counselor, String where) {

    /** The SQL over a span: rows per month (in the school's calendar, {@code offset} seconds from UTC), field and counselor. */
    String sql(int offset, boolean ofOneCounselor) {
        String local = "TIMESTAMPADD(SECOND, " + offset + ", " + when + ")";
        return "SELECT xm, xf, xc, COUNT(*) FROM (SELECT YEAR(" + local + ") * 100 + MONTH(" + local + ") AS xm, " + field + " AS xf, "
                + counselor + " AS xc FROM " + from + " WHERE " + school + " = ? AND " + when + " >= ? AND " + when + " < ? " + where
                + (ofOneCounselor ? " AND " + counselor + " = ?" : "") + ") x GROUP BY xm, xf, xc";
    }
}
