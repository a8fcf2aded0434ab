package id.ruangkonseling.lti.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.platform.entity.Languages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reason a launch can be refused for tells the LMS admin what to fix, in both languages. */
class LaunchRefusalTextsTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonIsExplainedInIndonesianAndEnglish(Reason reason) {
        for (Locale language : Languages.SUPPORTED) {
            String text = ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", language)
                    .getString("launch.rejected." + reason.name());
            assertFalse(text.isBlank(), reason + " in " + language);
        }
    }
}
