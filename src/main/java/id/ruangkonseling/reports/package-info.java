/**
 * Service reports (laporan pelaksanaan layanan BK): what the counselors did in a period, counted per month
 * and service field, on a page with charts and as CSV and PDF. Top floor: it reads every component's tables
 * and nothing points to it.
 * <p>
 * Rules it keeps: only counts and durations leave the database — never a name, a pseudonym or a word a person
 * wrote; every count is made with {@code GROUP BY} in the database, never by loading rows; a counselor sees the
 * figures of their own cases, a school admin the school's with every count from 1 to 4 shown as "&lt; 5"
 * ({@link id.ruangkonseling.platform.control.SmallCount}); a teacher or a student finds no report at all; every
 * export is audited (who, which report, which period).
 */
package id.ruangkonseling.reports;
