package id.ruangkonseling.testing;

import id.ruangkonseling.platform.entity.DataCipher;
import id.ruangkonseling.platform.entity.DataKeys;
import id.ruangkonseling.platform.entity.DataProtection;
import id.ruangkonseling.platform.control.EntityManagers;
import id.ruangkonseling.platform.control.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The application's persistence unit outside the server, for the mapping tests: the Flyway schema, a
 * test data key for the encrypted columns (no start-up installs one here) and resource-local transactions.
 */
public final class StandalonePersistence {

    private static final String TEST_KEY = "test:" + Base64.getEncoder().encodeToString(new byte[32]);

    private StandalonePersistence() {
    }

    /** Migrates {@code database} and starts the unit on it; the caller closes the factory. */
    public static EntityManagerFactory start(DataSource database) {
        DataProtection.install(new DataCipher(DataKeys.parse(TEST_KEY)));
        SchemaMigration.migrate(database);
        return EntityManagers.start(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", database,
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "OFF"));
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    public static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
