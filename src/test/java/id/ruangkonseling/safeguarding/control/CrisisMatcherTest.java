package id.ruangkonseling.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped lexicon finds crisis phrases in Indonesian and English as students write them (also with the
 * endings -ku, -mu, -nya), and nothing in a sample of everyday messages (both kept as test resources beside
 * this package).
 */
class CrisisMatcherTest {

    private static final CrisisMatcher SHIPPED = new CrisisMatcher(ShippedLexicon.phrases());

    @Test
    void everyAlarmingTextOfTheSampleAlarmsInBothLanguages() throws IOException {
        List<String> alarming = lines("crisis-alarming.txt");
        assertTrue(alarming.size() >= 30, "at least 30 alarming texts, has " + alarming.size());
        assertEquals(List.of(), alarming.stream().filter(text -> !SHIPPED.matches(text)).toList(), "not found");
    }

    @Test
    void noEverydayMessageOfTheSampleAlarms() throws IOException {
        List<String> everyday = lines("crisis-everyday.txt");
        assertTrue(everyday.size() >= 200, "at least 200 everyday messages, has " + everyday.size());
        assertEquals(List.of(), everyday.stream().filter(SHIPPED::matches).toList(), "false alarms");
    }

    @Test
    void phrasesMatchAsWholeWordsNotInsideOthers() {
        CrisisMatcher matcher = new CrisisMatcher(List.of("bunuh diri", "abused"));
        assertTrue(matcher.matches("Aku mau bunuh diri."));
        assertFalse(matcher.matches("Aku mau bunuh nyamuk."), "one word of a phrase is not the phrase");
        assertFalse(matcher.matches("diri bunuh"), "the words in their order");
        assertFalse(matcher.matches("membunuh dirinya sendiri dalam cerita"), "no match inside longer words");
        assertFalse(matcher.matches("unabused"));
        assertTrue(matcher.matches("I was ABUSED."));
    }

    @Test
    void caseSpacingPunctuationAndRepeatedLettersDoNotHideAPhrase() {
        CrisisMatcher matcher = new CrisisMatcher(List.of("pengen mati", "kill myself", "self harm", "dont want to live anymore"));
        assertTrue(matcher.matches("PENGEN   MATI"));
        assertTrue(matcher.matches("pengeeen matiiii..."));
        assertTrue(matcher.matches("pengen\nmati"));
        assertTrue(matcher.matches("pengen,mati"));
        assertTrue(matcher.matches("i'll kill myself"));
        assertTrue(matcher.matches("killl myselff"));
        assertTrue(matcher.matches("self-harm"));
        assertTrue(matcher.matches("I don’t want to live anymore"), "a typographic apostrophe too");
        assertFalse(matcher.matches("pengen matiin lampu"), "another word that starts the same");
    }

    @Test
    void anyWordOfAPhraseMatchesWithTheEndingsKuMuNya() {
        CrisisMatcher matcher = new CrisisMatcher(List.of("melukai diri", "dipukul ayah", "nyilet tangan", "foto bugil disebar"));
        assertTrue(matcher.matches("Kemarin aku melukai diriku lagi."));
        assertTrue(matcher.matches("Jangan melukai dirimu, ya."));
        assertTrue(matcher.matches("Dia melukai dirinya sendiri."));
        assertTrue(matcher.matches("Rina dipukul ayahnya."));
        assertTrue(matcher.matches("Aku nyilet tanganku."));
        assertTrue(matcher.matches("dia nyilet tangannya"), "a doubled letter made single still leaves the stem");
        assertTrue(matcher.matches("Foto bugilku disebar."), "an ending inside the phrase");
        assertFalse(matcher.matches("Kemarin aku melukai dirigen paduan suara."), "another ending is another word");
        assertFalse(matcher.matches("melukai"), "the words of the phrase are still all needed");
    }

    @Test
    void aWordIsReadWithAndWithoutItsEnding() {
        assertEquals(Set.of("diriku", "diri", "dirik"), CrisisMatcher.forms("diriku"));
        assertTrue(CrisisMatcher.forms("tanganya").contains("tangan"), "tangannya, normalized");
        assertEquals(Set.of("aku"), CrisisMatcher.forms("aku"), "a short word is not taken apart");
        assertEquals(Set.of("mati"), CrisisMatcher.forms("mati"));
    }

    /** Issue #22: forms and phrases the shipped lexicon missed. */
    @ParameterizedTest
    @ValueSource(strings = {"menyakiti diriku", "melukai diriku", "membunuh diriku", "aku ga pengen hidup lagi",
        "gk pengen hidup lagi", "males hidup", "pgn mati", "minum baygon", "lompat dari jembatan", "ditampar pacar",
        "dipukul guru", "aku diraba-raba", "disuruh kirim foto bugil", "foto bugilku disebar", "kms", "unalive myself"})
    void theShippedLexiconFindsWhatStudentsWrite(String text) {
        assertTrue(SHIPPED.matches(text), text);
    }

    /** "My mum will kill me" is a figure of speech, as the lexicon's head says; a threat says who threatened. */
    @ParameterizedTest
    @ValueSource(strings = {"aku mau dibunuh mama kalau nilaiku jelek", "Aku pasti mau dibunuh papa kalau HP-ku hilang.",
        "Tanganku pegal habis menulis.", "Aku males belajar hari ini.", "Lampunya mati lagi."})
    void theShippedLexiconLetsFiguresOfSpeechBe(String text) {
        assertFalse(SHIPPED.matches(text), text);
    }

    @Test
    void aThreatToKillStillFires() {
        assertTrue(SHIPPED.matches("Aku diancam dibunuh kalau cerita ke guru."));
        assertTrue(SHIPPED.matches("Dia mengancam akan membunuhku."));
    }

    @Test
    void normalizingMakesOneFormOfAPhrase() {
        assertEquals("pengin mati wae", CrisisMatcher.normalize("  Pengin  Mati   Wae!! "));
        assertEquals("dont", CrisisMatcher.normalize("Don't"));
        assertEquals("k d r t", CrisisMatcher.normalize("K.D.R.T"));
        assertEquals("cafe", CrisisMatcher.normalize("café"));
        assertEquals("", CrisisMatcher.normalize("?!"));
    }

    @Test
    void anAddedRegionalPhraseAlarmsAndATurnedOffOneNoLonger() {
        CrisisMatcher javanese = new CrisisMatcher(List.of("pengin mati wae", "aku arep mati"));
        assertTrue(javanese.matches("Aku pengin mati wae, wis kesel"));
        assertTrue(javanese.matches("aku arep mati"));
        assertFalse(new CrisisMatcher(List.of()).matches("Aku pengin mati wae"), "an empty lexicon finds nothing");
    }

    @Test
    void theShippedLexiconHoldsEachPhraseOnceInNormalForm() {
        List<String> phrases = ShippedLexicon.phrases();
        assertTrue(phrases.size() > 100, "the shipped lexicon has " + phrases.size());
        assertEquals(List.of(), phrases.stream().filter(phrase -> !phrase.equals(CrisisMatcher.normalize(phrase))).toList());
        assertTrue(phrases.contains("bundir") && phrases.contains("kil myself"), "normal form: repeated letters made single");
        assertFalse(phrases.contains("mati") || phrases.contains("bunuh"), "no single word everyday talk uses otherwise");
        assertFalse(phrases.contains("mau dibunuh"), "'my mum will kill me' is not a crisis");
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(CrisisMatcherTest.class.getResourceAsStream(
                "/id/ruangkonseling/safeguarding/" + resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
