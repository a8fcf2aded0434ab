package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guru BK, teachers and admins are colleagues and are addressed with <em>Anda</em> (and speak as <em>saya</em>);
 * only students are addressed with <em>kamu</em>. A text that only staff read holds no <em>kamu</em> and no
 * word in <em>-mu</em> ("kasusmu", "LMS-mu"), nor <em>aku</em>/<em>-ku</em> ("Kasusku"), apart from ordinary
 * words that happen to end so ("bertemu", "berlaku").
 */
class StaffRegisterTest {

    /**
     * Keys whose texts only staff read, each prefix checked against where it is used: pages under
     * {@code webapp/counselor}, {@code webapp/teacher}, {@code webapp/admin}, {@code webapp/operator}, the LMS
     * admin's registration pages, and the classes behind them. Texts shared with students (the page template,
     * errors, the chat panel's common words, appointments) keep the student's voice and are not listed;
     * {@code audit.action.} neither, since a student's data export names those actions too.
     */
    static final List<String> STAFF_ONLY = List.of(
            "home.counselor.", "home.teacher.", "home.admin.",
            "counseling.desk.", "counseling.case.", "case.", "availability.",
            "crisis.notice.", "crisis.banner.", "crisis.desk.", "crisis.case.",
            "pseudonym.breakGlass.", "pseudonym.admin.", "pseudonym.case.", "privacy.cosign.",
            "contactMode.staff.", "chat.staff.", "call.staff.", "session.staff.", "chat.emptyCounselor", "chat.typing.student",
            "teacher.", "referral.", "deepLink.",
            "admin.", "audit.actor.", "audit.role.",
            "notice.crisis.", "notice.chat.toCounselor",
            "ltiConfig.", "registered.", "launch.refused.forAdmins", "launch.rejected.", "operator.");

    /** "kamu", "aku" and any word ending in "mu" or "ku", also after a hyphen ("BK-mu"). */
    static final Pattern FAMILIAR = Pattern.compile("(?i)\\b(kamu|\\w*mu|aku|\\w*ku)\\b");
    /** Words that end in "mu" or "ku" without being the familiar "you" or "I/my". */
    static final Set<String> ORDINARY = Set.of("temu", "bertemu", "menemu", "tamu", "bertamu", "ilmu", "jamu",
            "laku", "berlaku", "perilaku", "buku", "suku", "saku", "kuku", "paku");

    @Test
    void staffTextsSayAndaNeverKamu() {
        Map<String, List<String>> familiar = new TreeMap<>();
        Bundles.of("id").forEach((key, text) -> {
            if (isStaffOnly(key)) {
                List<String> found = familiarWords(text);
                if (!found.isEmpty()) {
                    familiar.put(key, found);
                }
            }
        });
        assertEquals(Map.of(), familiar, "staff texts that say kamu/-mu or aku/-ku (use Anda, saya)");
    }

    @Test
    void everyStaffPrefixStillNamesTexts() {
        Set<String> keys = Bundles.of("id").keySet();
        for (String prefix : STAFF_ONLY) {
            assertTrue(keys.stream().anyMatch(key -> key.startsWith(prefix)), "no text starts with " + prefix);
        }
    }

    @Test
    void familiarWordsAreFoundAndOrdinaryOnesNot() {
        assertEquals(List.of("Kasusmu", "kamu", "LMS-mu", "Kasusku"), familiarWords("Kasusmu ada; kamu bisa bertemu tamu di LMS-mu. Kasusku."));
        assertEquals(List.of(), familiarWords("Pekan mulai Senin: janji temu, ilmu, jamu, perilaku, berlaku untuk Anda."));
        assertEquals(List.of(), familiarWords("akhiran -ku, -mu, -nya (\u201cmelukai diri\u201d juga menemukan \u201cmelukai diriku\u201d)"),
                "a quoted example or a named ending is not said to the reader");
    }

    private static boolean isStaffOnly(String key) {
        return STAFF_ONLY.stream().anyMatch(key::startsWith);
    }

    /** What a text quotes (“melukai diriku”) or names (the ending -ku) is not said to the reader. */
    static final Pattern MENTIONED = Pattern.compile("\u201c[^\u201d]*\u201d|(?<![\\w-])-(ku|mu|nya)\\b");

    private static List<String> familiarWords(String said) {
        String text = MENTIONED.matcher(said).replaceAll(" ");
        Matcher matcher = FAMILIAR.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            if (!ORDINARY.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                boolean afterHyphen = matcher.start() > 0 && text.charAt(matcher.start() - 1) == '-';
                found.add(text.substring(afterHyphen ? wordStart(text, matcher.start() - 1) : matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    /** Where the word before a hyphen begins, to show "LMS-mu" whole. */
    private static int wordStart(String text, int hyphen) {
        int start = hyphen;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
