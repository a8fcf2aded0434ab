package id.ruangkonseling.audit.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;

import id.ruangkonseling.platform.entity.Languages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A school admin reading the audit trail sees every kind of entry named, in both languages. */
class AuditActionTextsTest {

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void everyActionIsNamedInIndonesianAndEnglish(AuditAction action) {
        for (Locale language : Languages.SUPPORTED) {
            String text = ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", language)
                    .getString("audit.action." + action.name());
            assertFalse(text.isBlank(), action + " in " + language);
        }
    }
}
