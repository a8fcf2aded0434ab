package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.lti.control.Lti11Consumers.ConsumerListing;
import id.ruangkonseling.lti.control.Lti11Consumers.IssuedKey;
import id.ruangkonseling.platform.control.EntityManagers;
import id.ruangkonseling.platform.control.SchemaMigration;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the operator console will call to hand a school an LTI 1.1 key, and how configured keys sit
 * beside issued ones; against the real schema on H2, in a resource-local transaction per test.
 */
class Lti11ConsumersIT {

    private EntityManagerFactory factory;
    private EntityManager entityManager;
    private final Lti11Consumers consumers = new Lti11Consumers();

    @BeforeEach
    void startOnAFreshDatabase() throws ReflectiveOperationException {
        var database = TestDatabase.h2(TargetFolder.fresh("it-lti11-consumers-h2").resolve("rk"));
        SchemaMigration.migrate(database);
        factory = EntityManagers.start(Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", database, "eclipselink.target-server", "None",
                "eclipselink.logging.level", "OFF"));
        entityManager = factory.createEntityManager();
        entityManager.getTransaction().begin();
        SchoolDirectory schools = new SchoolDirectory();
        var field = SchoolDirectory.class.getDeclaredField("entityManager"); // injected in the server
        field.setAccessible(true);
        field.set(schools, entityManager);
        consumers.entityManager = entityManager;
        consumers.schools = schools;
        consumers.configuredSetting = Optional.of("moodle-lama:rahasia");
        consumers.readConfiguration();
    }

    @AfterEach
    void stop() {
        entityManager.getTransaction().rollback();
        entityManager.close();
        factory.close();
    }

    @Test
    void anIssuedKeyHasAStrongUrlSafeSecretAndItsOwnSchool() {
        IssuedKey issued = consumers.issue("SMA Negeri 3 Nusantara");
        entityManager.flush();

        assertTrue(issued.secret().matches("[A-Za-z0-9_-]+"), "pastes into Moodle unchanged");
        assertTrue(Base64.getUrlDecoder().decode(issued.secret()).length * 8 >= 128, "at least 128 random bits");
        assertEquals(Optional.of(issued.secret()), consumers.secretOf(issued.consumerKey()));
        School school = consumers.school(issued.consumerKey(), Optional.of("ignored: the school exists"), Instant.now());
        assertEquals("SMA Negeri 3 Nusantara", school.name());
        assertEquals(List.of(Lti11Consumers.ISSUER, issued.consumerKey(), issued.consumerKey()),
                List.of(school.issuer(), school.clientId(), school.deploymentId()));
        assertTrue(!issued.toString().contains(issued.secret()), "the secret stays out of logs");
    }

    @Test
    void twoIssuedKeysDiffer() {
        IssuedKey first = consumers.issue("SMA 1");
        IssuedKey second = consumers.issue("SMA 2");

        assertNotEquals(first.consumerKey(), second.consumerKey());
        assertNotEquals(first.secret(), second.secret());
    }

    @Test
    void theListShowsConfiguredAndIssuedKeysWithoutSecrets() {
        IssuedKey issued = consumers.issue("SMA Negeri 4");
        entityManager.flush();

        assertEquals(List.of(new ConsumerListing("moodle-lama", Optional.empty(), true),
                        new ConsumerListing(issued.consumerKey(), Optional.of("SMA Negeri 4"), false)),
                consumers.list());
    }

    @Test
    void aConfiguredKeysSchoolIsMadeOnceNamedAsTheLmsNamesItself() {
        assertEquals(Optional.of("rahasia"), consumers.secretOf("moodle-lama"));
        School made = consumers.school("moodle-lama", Optional.of("Moodle SMA 5"), Instant.now());
        entityManager.flush();

        assertEquals("Moodle SMA 5", made.name());
        assertEquals(made.id(), consumers.school("moodle-lama", Optional.of("Moodle SMA 5"), Instant.now()).id());
        assertEquals(Optional.empty(), consumers.secretOf("unknown"));
    }
}
