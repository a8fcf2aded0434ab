package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code RK_LTI11_KEYS=key:secret,...} as an operator writes it. */
class ConfiguredLti11KeysTest {

    @Test
    void keysAndSecretsAreReadSecretsMayHoldColons() {
        assertEquals(Map.of("moodle-lama", "s3cret", "sma-2", "a:b:c"),
                ConfiguredLti11Keys.parse(Optional.of(" moodle-lama:s3cret , sma-2:a:b:c ,")).secretsByKey());
    }

    @Test
    void unsetOrMalformedDeclaresNothing() {
        assertEquals(Map.of(), ConfiguredLti11Keys.parse(Optional.empty()).secretsByKey());
        assertEquals(Map.of(), ConfiguredLti11Keys.parse(Optional.of("no-secret,:no-key,trailing:")).secretsByKey());
    }

    @Test
    void theSecretsNeverShowInItsText() {
        assertFalse(ConfiguredLti11Keys.parse(Optional.of("k:s3cret")).toString().contains("s3cret"));
    }
}
