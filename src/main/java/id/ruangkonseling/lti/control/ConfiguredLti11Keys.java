package id.ruangkonseling.lti.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The LTI 1.1 consumer keys and secrets declared in the configuration
 * ({@code RK_LTI11_KEYS=key:secret,key2:secret2}); a secret may itself contain ':'.
 */
public record ConfiguredLti11Keys(Map<String, String> secretsByKey) {

    private static final Logger LOG = System.getLogger(ConfiguredLti11Keys.class.getName());

    public ConfiguredLti11Keys {
        secretsByKey = Map.copyOf(secretsByKey);
    }

    /** Entries without a key or a secret are skipped and logged by position, never by content. */
    public static ConfiguredLti11Keys parse(Optional<String> setting) {
        Map<String, String> keys = new LinkedHashMap<>();
        String[] entries = setting.orElse("").split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon > 0 && colon < entry.length() - 1) {
                keys.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
            } else if (!entry.isEmpty()) {
                LOG.log(Level.WARNING, "RK_LTI11_KEYS entry {0} is not key:secret; it is ignored", i + 1);
            }
        }
        return new ConfiguredLti11Keys(keys);
    }

    public Optional<String> secretOf(String consumerKey) {
        return Optional.ofNullable(secretsByKey.get(consumerKey));
    }

    @Override
    public String toString() {
        return "ConfiguredLti11Keys" + secretsByKey.keySet(); // never the secrets
    }
}
