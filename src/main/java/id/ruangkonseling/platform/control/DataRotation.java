package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.platform.entity.DataProtection;
import id.ruangkonseling.platform.entity.DataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-encrypts every encrypted value under the current data key: values under older keys, and plain text
 * written before encryption. The columns are found, not listed: every entity attribute carrying
 * {@code @Convert(converter = EncryptedText.class)} (entities whose primary key column is {@code id}).
 * Works in the caller's transaction (the operator console's), and forgets the older keys in
 * {@code data_key} once nothing is encrypted under them, after which they may leave the configuration.
 */
@ApplicationScoped
public class DataRotation {

    /** What {@link Survey} counts plain text under. */
    public static final String PLAIN = "plain";

    @Inject
    EntityManager entityManager;

    /** An encrypted column of a table. */
    public record EncryptedColumn(String table, String column) {
    }

    /** How many stored values each key id holds ({@link #PLAIN} for text not yet encrypted), and the current key. */
    public record Survey(String currentKey, Map<String, Long> valuesByKey) {

        public boolean allCurrent() {
            return valuesByKey.keySet().stream().allMatch(currentKey::equals);
        }
    }

    public Survey survey() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumn column : columns()) {
            for (Object[] row : rows(column)) {
                String key = DataCipher.keyIdOf(text(row[1])).orElse(PLAIN);
                counts.merge(key, 1L, Long::sum);
            }
        }
        return new Survey(DataProtection.cipher().keys().currentId(), counts);
    }

    /** Rewrites what is not under the current key; answers how many values it rewrote. */
    public int reencrypt() {
        DataCipher cipher = DataProtection.cipher();
        int rewritten = 0;
        for (EncryptedColumn column : columns()) {
            for (Object[] row : rows(column)) {
                String stored = text(row[1]);
                if (!cipher.isCurrent(stored)) {
                    entityManager.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = ?1 WHERE id = ?2")
                            .setParameter(1, cipher.encrypt(cipher.decrypt(stored)))
                            .setParameter(2, row[0])
                            .executeUpdate();
                    rewritten++;
                }
            }
        }
        entityManager.createNativeQuery("DELETE FROM data_key WHERE key_id <> ?1")
                .setParameter(1, cipher.keys().currentId())
                .executeUpdate();
        return rewritten;
    }

    /** Every column an entity keeps encrypted. */
    public List<EncryptedColumn> columns() {
        List<EncryptedColumn> columns = new ArrayList<>();
        for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
            Table table = entity.getJavaType().getAnnotation(Table.class);
            for (Class<?> type = entity.getJavaType(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    Convert convert = field.getAnnotation(Convert.class);
                    if (convert != null && convert.converter() == EncryptedText.class) {
                        Column column = field.getAnnotation(Column.class);
                        columns.add(new EncryptedColumn(table == null ? entity.getName() : table.name(),
                                column == null || column.name().isEmpty() ? field.getName() : column.name()));
                    }
                }
            }
        }
        return columns;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(EncryptedColumn column) {
        return entityManager.createNativeQuery("SELECT id, " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL ORDER BY id FOR UPDATE").getResultList();
    }

    /** A TEXT column may come back as a {@link Clob} (H2). */
    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("could not read an encrypted value", e);
            }
        }
        return value.toString();
    }
}
