package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each thing has one name in the Indonesian texts, and the texts are written the Indonesian way: "Status"
 * (never "Keadaan"), a chat is a <em>percakapan</em> (never <em>obrolan</em> or <em>pesan chat</em>), a
 * hand-over is <em>diserahkan</em> (<em>dialihkan</em> would recall <em>alih tangan kasus</em>, a referral),
 * the counselor's page is the <em>dasbor</em>, a capital "Minggu" only means Sunday, student texts call an
 * LMS course their <em>kelas</em>; numbers carry thousands separators ("4.000") and quotes are curly.
 */
class OneNamePerThingTest {

    /** Words that name a thing by its second name, each with the one name to use. */
    static final Map<Pattern, String> SECOND_NAMES = Map.of(
            Pattern.compile("(?i)\\bkeadaan\\b"), "Status",
            Pattern.compile("(?i)\\b(obrolan|mengobrol|pesan chat)\\b"), "percakapan",
            Pattern.compile("(?i)\\b(dialihkan|mengalihkan|alihkan)\\b"), "diserahkan / Serahkan",
            Pattern.compile("(?i)\\bmeja\\w*"), "dasbor",
            Pattern.compile("\\bMinggu\\b"), "pekan (a capital Minggu reads as Sunday)");
    /** Addresses a student: kamu, or a word in -mu (staff texts never do, see {@link StaffRegisterTest}). */
    static final Pattern TO_A_STUDENT = Pattern.compile("(?i)\\b(kamu|\\w+mu|\\w+-mu)\\b");
    /** A number of four digits or more standing alone: not in a code ("RS256", "08111-129-129") or a time ("08:00"). */
    static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w.,:/-])\\d{4,}(?![\\w:/-])");
    /** A year, which is written without a separator ("2026"). */
    static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final Map<String, String> indonesian = Bundles.of("id");

    @Test
    void eachThingHasOneName() {
        Map<String, String> found = new TreeMap<>();
        indonesian.forEach((key, text) -> SECOND_NAMES.forEach((word, name) -> {
            Matcher matcher = word.matcher(text);
            if (matcher.find() && !key.equals("day.SUNDAY")) {
                found.merge(key, "\u201c" + matcher.group() + "\u201d: say " + name, (a, b) -> a + "; " + b);
            }
        }));
        assertEquals(Map.of(), found);
    }

    @Test
    void studentTextsCallACourseTheirKelas() {
        Set<String> kursus = new TreeSet<>();
        indonesian.forEach((key, text) -> {
            if (TO_A_STUDENT.matcher(text.replaceAll("(?i)\\b(ber)?temu\\b", "")).find() && text.toLowerCase().contains("kursus")) {
                kursus.add(key);
            }
        });
        assertEquals(Set.of(), kursus, "texts that address a student and say kursus (say kelas)");
    }

    @Test
    void numbersHaveThousandsSeparators() {
        for (String language : Bundles.LANGUAGES) {
            Map<String, List<String>> bare = new TreeMap<>();
            Bundles.of(language).forEach((key, text) -> {
                List<String> numbers = longNumbers(text);
                if (!numbers.isEmpty()) {
                    bare.put(key, numbers);
                }
            });
            assertEquals(Map.of(), bare, "numbers without a thousands separator in messages_" + language);
        }
    }

    @Test
    void quotesAreCurly() {
        for (String language : Bundles.LANGUAGES) {
            Set<String> straight = new TreeSet<>();
            Bundles.of(language).forEach((key, text) -> {
                if (text.indexOf('"') >= 0) {
                    straight.add(key);
                }
            });
            assertEquals(Set.of(), straight, "straight double quotes in messages_" + language + " (use \u201c \u201d)");
        }
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        assertEquals(List.of("4000", "3650"), longNumbers("paling banyak 4000 karakter, 0 sampai 3650 hari"));
        assertEquals(List.of(), longNumbers("4.000 karakter, tahun 2026, 29/11/2026 08.00, RS256, 08111-129-129, 1.000"));
        assertTrue(SECOND_NAMES.keySet().stream().anyMatch(word -> word.matcher("Keadaan kasus berubah").find()));
        assertTrue(TO_A_STUDENT.matcher("dari kursusmu di LMS").find());
    }

    private static List<String> longNumbers(String text) {
        return LONG_NUMBER.matcher(text).results().map(MatchResult::group).filter(number -> !YEAR.matcher(number).matches()).toList();
    }
}
