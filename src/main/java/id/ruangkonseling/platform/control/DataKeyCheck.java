package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.DataCipher;
import java.util.Map;
import java.util.Optional;

/** Whether the keys a service was given can read the data its database holds; the words when not. */
final class DataKeyCheck {

    private DataKeyCheck() {
    }

    /** Why {@code cipher}'s keys do not fit the {@code registered} ones (id → check value), if they do not. */
    static Optional<String> mismatch(DataCipher cipher, Map<String, String> registered, String source) {
        for (Map.Entry<String, String> key : registered.entrySet()) {
            if (!cipher.keys().ids().contains(key.getKey())) {
                return Optional.of("The database holds data encrypted under the data key " + key.getKey() + ", which "
                        + source + " does not contain (it has " + cipher.keys().ids() + "). Supply that key (restore the "
                        + "key file from your backup, or add it to RK_DATA_KEY); the service will not start without it.");
            }
            if (!cipher.confirms(key.getValue())) {
                return Optional.of("The data key " + key.getKey() + " in " + source + " is not the key the database's "
                        + "data was encrypted with. Supply the original key (from your backup); the service will not "
                        + "start with a wrong one.");
            }
        }
        return Optional.empty();
    }

    /** Why no key may be generated: the database already holds data encrypted under {@code registered} keys. */
    static Optional<String> lost(Map<String, String> registered, String source) {
        return registered.isEmpty() ? Optional.empty() : Optional.of("The database holds data encrypted under the data key(s) "
                + registered.keySet() + ", but no key was given: neither RK_DATA_KEY nor the key file " + source
                + ". Restore the key file from your backup or set RK_DATA_KEY; the service will not start without it, and "
                + "will not make a new key that could not read the data.");
    }
}
