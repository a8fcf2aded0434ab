package id.ruangkonseling.platform.entity;

import id.ruangkonseling.platform.entity.DataProtection;
import id.ruangkonseling.platform.entity.DataCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps a text attribute encrypted in the database ({@link DataCipher}, AES-256-GCM under the current
 * data key): put {@code @Convert(converter = EncryptedText.class)} on it, list this class in the
 * persistence unit, and make the column wide enough (a text of n characters takes up to about
 * {@code 5.4 n + 60} characters encrypted; use {@code TEXT}). Plain text from before encryption reads as
 * it is until {@link DataRotation} encrypts it. The converter has no state: the cipher comes from
 * {@link DataProtection}, since the persistence provider, not CDI, makes converters.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        return text == null ? null : DataProtection.cipher().encrypt(text);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : DataProtection.cipher().decrypt(stored);
    }
}
