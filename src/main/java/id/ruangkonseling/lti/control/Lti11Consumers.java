package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.Lti11Consumer;
import id.ruangkonseling.platform.entity.Secrets;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.LmsText;
import id.ruangkonseling.school.entity.School;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The LTI 1.1 consumers: the key/secret pairs the console issues (stored) and those the configuration
 * declares ({@code RK_LTI11_KEYS}, which wins for a key in both), and the school each key stands for.
 * <p>
 * Convention: an LTI 1.1 school is the {@link School} with issuer {@value #ISSUER} whose client id and
 * deployment id are both the consumer key. A configured key's school is made on its first launch.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class Lti11Consumers {

    /** The issuer of every LTI 1.1 school; not a URL, so it never meets an LTI 1.3 platform's. */
    public static final String ISSUER = "lti-1.1";
    private static final int KEY_LENGTH = 16;

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    @Inject
    @ConfigProperty(name = "rk.lti11.keys")
    Optional<String> configuredSetting;

    Clock clock = Clock.systemUTC();

    private ConfiguredLti11Keys configured;

    @PostConstruct
    void readConfiguration() {
        configured = ConfiguredLti11Keys.parse(configuredSetting);
    }

    /** A new key and secret for a new school; the console shows the secret once, it is not listed again. */
    public IssuedKey issue(String schoolName) {
        Instant now = clock.instant();
        String key = "rk-" + Secrets.random().substring(0, KEY_LENGTH);
        School school = new School(ISSUER, key, key, schoolName, now);
        entityManager.persist(school);
        IssuedKey issued = new IssuedKey(key, Secrets.random()); // 256 bits, URL-safe: pastes cleanly into Moodle
        entityManager.persist(new Lti11Consumer(key, issued.secret(), school, now));
        return issued;
    }

    /** Every key the tool accepts, with its school once it has one; no secrets. */
    public List<ConsumerListing> list() {
        Stream<ConsumerListing> declared = configured.secretsByKey().keySet().stream()
                .map(key -> new ConsumerListing(key, schoolOf(key).map(School::name), true));
        Stream<ConsumerListing> issued = entityManager.createQuery(
                        "SELECT c FROM Lti11Consumer c ORDER BY c.createdAt", Lti11Consumer.class).getResultList().stream()
                .filter(consumer -> configured.secretOf(consumer.consumerKey()).isEmpty())
                .map(consumer -> new ConsumerListing(consumer.consumerKey(), Optional.of(consumer.school().name()), false));
        return Stream.concat(declared, issued).toList();
    }

    /** The shared secret of {@code consumerKey}, if the tool knows the key. */
    public Optional<String> secretOf(String consumerKey) {
        return configured.secretOf(consumerKey).or(() -> entityManager.createQuery(
                        "SELECT c.secret FROM Lti11Consumer c WHERE c.consumerKey = :key", String.class)
                .setParameter("key", consumerKey).getResultList().stream().findFirst());
    }

    /** The school of a known key; a configured key's first launch makes it, named as the LMS names itself. */
    public School school(String consumerKey, Optional<String> lmsName, Instant now) {
        return schoolOf(consumerKey).orElseGet(() -> {
            School school = new School(ISSUER, consumerKey, consumerKey,
                    lmsName.map(name -> LmsText.fitted(name, "LMS name", School.NAME_LENGTH)).orElse(consumerKey), now);
            entityManager.persist(school);
            return school;
        });
    }

    private Optional<School> schoolOf(String consumerKey) {
        return schools.schoolsOf(ISSUER, consumerKey).stream().findFirst();
    }

    /** A newly issued pair; {@link #toString()} leaves the secret out, should it ever reach a log. */
    public record IssuedKey(String consumerKey, String secret) {
        @Override
        public String toString() {
            return "IssuedKey[" + consumerKey + "]";
        }
    }

    /** One accepted key: its school's name when it has one, and whether the configuration declares it. */
    public record ConsumerListing(String consumerKey, Optional<String> schoolName, boolean configured) {
    }
}
