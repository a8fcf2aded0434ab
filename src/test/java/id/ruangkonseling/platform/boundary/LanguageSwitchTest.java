package id.ruangkonseling.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageSwitchTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/student/?x=1"})
    void aPathOfThisApplicationIsWhereThePersonReturns(String back) {
        assertEquals(back, LanguageSwitch.localPath(back));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)",
            "student", "/student\n/evil", "/a b", "/<script>", "/a\"b", "/a|b", "/a%", "/a#top"})
    void anythingElseReturnsToTheStartPageNeverAnotherSite(String back) {
        assertEquals("/", LanguageSwitch.localPath(back));
    }

    @Test
    void aHeaderInjectionAttemptReturnsToTheStartPage() {
        assertEquals("/", LanguageSwitch.localPath("/student\r\nSet-Cookie: x=1"));
    }
}
