package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.Languages;
import static id.ruangkonseling.platform.entity.Languages.ENGLISH;
import static id.ruangkonseling.platform.entity.Languages.INDONESIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void withNoChoiceAndNoBrowserPreferenceTheServiceSpeaksIndonesian() {
        assertEquals("id", Languages.choose(null, null).getLanguage());
    }

    @Test
    void thePersonsOwnChoiceWinsOverTheBrowser() {
        assertEquals(ENGLISH, Languages.choose("en", "id"));
    }

    @Test
    void anUnsupportedChoiceFallsBackToTheBrowser() {
        assertEquals(ENGLISH, Languages.choose("fr", "en"));
    }

    @Test
    void anEnglishBrowserGetsEnglish() {
        assertEquals(ENGLISH, Languages.choose(null, "en-US,en;q=0.9"));
    }

    @Test
    void theBestSupportedBrowserLanguageIsUsed() {
        assertEquals(INDONESIAN, Languages.choose(null, "fr-FR, id;q=0.5"));
    }

    @Test
    void anUnsupportedBrowserLanguageGetsIndonesian() {
        assertEquals(INDONESIAN, Languages.choose(null, "de"));
    }

    @Test
    void aMalformedAcceptLanguageHeaderGetsIndonesianInsteadOfAnError() {
        assertEquals(INDONESIAN, Languages.choose(null, ";;q=abc"));
    }

    @Test
    void aRegionalTagCountsAsItsLanguage() {
        assertEquals(Optional.of(INDONESIAN), Languages.supported("id-ID"));
    }

    @Test
    void theLanguageSwitchOffersTheOtherLanguage() {
        assertEquals(ENGLISH, Languages.other(INDONESIAN));
        assertEquals(INDONESIAN, Languages.other(ENGLISH));
    }

    @Test
    void indonesianIsTaggedIdNotTheLegacyIn() {
        assertEquals("id", INDONESIAN.toLanguageTag());
    }
}
