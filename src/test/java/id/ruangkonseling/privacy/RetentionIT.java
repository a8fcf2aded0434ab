package id.ruangkonseling.privacy;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.privacy.StudentSeed.SeededCase;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The purge deletes exactly what expired under the school's policy (3 years after leaving, a student
 * leaving 12 months after their last launch): every row of an expired closed case, in every table, and
 * of an expired declined request, and nothing else — not the case or declined request whose day is
 * tomorrow, not an open case, not a waiting request or an untouched referral, not a case of a student
 * still here, not another school's — and records that it did.
 */
@ExtendWith(SharedServer.class)
class RetentionIT {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private PayaraMicro tool;
    private DataSource database;
    private TestPlatform school;
    private TestPlatform neighbour;

    @BeforeEach
    void schools(PayaraMicro tool, DataSource database, TestPlatform school, TestPlatform neighbour) {
        this.tool = tool;
        this.database = database;
        this.school = school;
        this.neighbour = neighbour;
    }

    @Test
    void thePurgeDeletesExactlyWhatExpired() throws SQLException {
        LocalDate today = LocalDate.now(JAKARTA);
        StudentSeed seed = new StudentSeed(database, school.issuer(), "ret");
        seed.purgedToday(today);
        Instant longAgo = noon(today.minusYears(6));

        long gone = seed.student("ret-gone", "Andi Lama", noon(today.minusYears(5)));
        SeededCase expired = seed.caseOf(gone, "CLOSED", noon(today.minusYears(5)), "kasus lama Andi");
        long oldDraft = seed.draft(gone, noon(today.minusYears(5)), "draf lama Andi");
        SeededCase declinedToday = seed.requestOf(gone, "DECLINED", noon(today.minusYears(3)), "ditolak Andi hari ini");
        SeededCase declinedTomorrow = seed.requestOf(gone, "DECLINED", noon(today.minusYears(3).plusDays(1)), "ditolak Andi besok");
        SeededCase waiting = seed.requestOf(gone, "SUBMITTED", longAgo, "menunggu Andi");
        long untouchedReferral = seed.referralReceived(gone, longAgo, "rujukan Andi belum ditangani");
        long onTheDay = seed.student("ret-today", "Budi Tepat", noon(today.minusYears(3).minusMonths(12)));
        SeededCase expiresToday = seed.caseOf(onTheDay, "CLOSED", longAgo, "kasus Budi hari ini");
        long dayBefore = seed.student("ret-tomorrow", "Citra Besok", noon(today.minusYears(3).minusMonths(12).plusDays(1)));
        SeededCase expiresTomorrow = seed.caseOf(dayBefore, "CLOSED", longAgo, "kasus Citra besok");
        long marked = seed.student("ret-marked", "Dodi Pindah", noon(today.minusYears(3).minusDays(2)));
        seed.markLeft(marked, noon(today.minusYears(3).minusDays(1)));
        SeededCase markedExpired = seed.caseOf(marked, "CLOSED", longAgo, "kasus Dodi pindah");
        SeededCase open = seed.caseOf(seed.student("ret-open", "Eka Berjalan", longAgo), "ACTIVE", longAgo, "kasus Eka berjalan");
        long here = seed.student("ret-here", "Fajar Masih", Instant.now());
        SeededCase stillHere = seed.caseOf(here, "CLOSED", longAgo, "kasus Fajar masih sekolah");
        long keptDraft = seed.draft(here, longAgo, "draf Fajar");
        StudentSeed other = new StudentSeed(database, neighbour.issuer(), "ret-nb");
        other.purgedToday(today);
        SeededCase elsewhere = other.caseOf(other.student("ret-nb-gone", "Gita Tetangga", longAgo), "CLOSED", longAgo, "kasus tetangga");

        Http admin = new SchoolPeople(tool, database, school).signIn("ret-admin", "Bu Kepala", ADMINISTRATOR);
        HttpResponse<String> run = FacesForm.submit(admin, "/admin/retention", admin.get("/admin/retention"), "purge", "purge:run", Map.of());
        assertEquals(302, run.statusCode(), run.body());
        String after = admin.get("/admin/retention").body();
        assertTrue(after.contains("Penghapusan selesai: 3 kasus, 4 permohonan dan 1 draf permohonan dihapus."), after);

        for (SeededCase purged : new SeededCase[] {expired, expiresToday, markedExpired, declinedToday}) {
            assertRows(seed, purged, 0);
        }
        assertEquals(0, seed.exists("request_draft", oldDraft));
        for (SeededCase kept : new SeededCase[] {expiresTomorrow, open, stillHere, declinedTomorrow, waiting}) {
            assertRows(seed, kept, 1);
        }
        assertEquals(1, seed.exists("request_draft", keptDraft));
        assertEquals(1, seed.exists("referral", untouchedReferral), "a referral not yet taken up is open work");
        assertRows(other, elsewhere, 1);
        assertEquals(1, seed.exists("school_member", gone), "the member row stays; only deletion on request erases it");

        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_PURGED' AND school_id = " + seed.schoolId()));
        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_PURGED' AND school_id = " + seed.schoolId()
                + " AND detail = 'cases=3 requests=4 notes=3 referrals=3 conversations=4 messages=4 appointments=3 drafts=1'"));
        assertEquals(0, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_PURGED' AND school_id = " + other.schoolId()));
        assertTrue(admin.get("/admin/audit?action=DATA_PURGED").body().contains("Data yang sudah lewat masa simpannya dihapus"));
    }

    @Test
    void thePolicyIsCheckedAndSaved() throws SQLException {
        Http admin = new SchoolPeople(tool, database, school).signIn("ret-policy-admin", "Bu Kepala", ADMINISTRATOR);
        HttpResponse<String> page = admin.get("/admin/retention");
        assertTrue(page.body().contains("value=\"3\"") && page.body().contains("value=\"12\""), "the defaults: " + page.body());

        HttpResponse<String> wrong = FacesForm.submit(admin, "/admin/retention", page, "policy", "policy:save",
                Map.of("policy:keep-years", "0", "policy:left-after", "dua belas"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Isikan jumlah tahun antara 1 dan 20.") && wrong.body().contains("Isikan jumlah bulan antara 1 dan 60."),
                wrong.body());
        assertTrue(wrong.body().contains("value=\"dua belas\""), "what the admin typed stays");

        assertEquals(302, FacesForm.submit(admin, "/admin/retention", admin.get("/admin/retention"), "policy", "policy:save",
                Map.of("policy:keep-years", "5", "policy:left-after", "6")).statusCode());
        String saved = admin.get("/admin/retention").body();
        assertTrue(saved.contains("Kebijakan masa simpan tersimpan.") && saved.contains("value=\"5\"") && saved.contains("value=\"6\""), saved);
        StudentSeed seed = new StudentSeed(database, school.issuer(), "ret-policy");
        assertEquals(5, seed.single("SELECT keep_years FROM retention_policy WHERE school_id = " + seed.schoolId()));
        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_POLICY_CHANGED' AND school_id = "
                + seed.schoolId() + " AND detail = 'keepYears=5 leftAfterMonths=6'"));
    }

    /** Every row of the case, in every table, is there ({@code 1}) or gone ({@code 0}). */
    private static void assertRows(StudentSeed seed, SeededCase seeded, long expected) throws SQLException {
        for (Map.Entry<String, Long> row : seeded.rows().entrySet()) {
            assertEquals(expected, seed.exists(row.getKey(), row.getValue()), row.getKey() + " of student " + seeded.student());
        }
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(JAKARTA).toInstant();
    }
}
