package id.ruangkonseling.safeguarding.control;

import id.ruangkonseling.safeguarding.entity.CrisisPhrase;
import id.ruangkonseling.platform.control.DataGrid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each school's crisis lexicon — the shipped phrases, less those it turned off, plus those it added — as a
 * matcher kept in memory: a text is checked without a database query. Dropped once an admin's edit commits —
 * here at once, on the other instances as soon as the data grid tells them (milliseconds) — and reloaded after
 * {@link #FRESH_FOR} at the latest all the same. Read within the caller's transaction.
 */
@ApplicationScoped
public class CrisisLexicons {

    /** How long a school's lexicon is trusted before it is read again, should news of an edit ever be lost. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    static final String TOPIC = "rk.crisis-lexicons";

    @Inject
    EntityManager entityManager;

    @Inject
    DataGrid grid;

    Clock clock = Clock.systemUTC();

    private final Map<Long, Loaded> matchers = new ConcurrentHashMap<>();

    @PostConstruct
    void listen() {
        grid.listen(TOPIC, Long.class, matchers::remove);
    }

    /** True when {@code text} holds a phrase of the school's lexicon. */
    public boolean alarms(long schoolId, String text) {
        Instant now = clock.instant();
        // loaded inside the map's update, so that news of an edit arriving meanwhile waits and then drops it
        Loaded loaded = matchers.compute(schoolId, (id, known) -> known == null || known.until().isBefore(now)
                ? new Loaded(new CrisisMatcher(phrasesOf(id)), now.plus(FRESH_FOR)) : known);
        return loaded.matcher().matches(text);
    }

    /** The school's lexicon changed and that committed: the next check, on every instance, reads it again. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LexiconChanged changed) {
        matchers.remove(changed.schoolId());
        grid.tell(TOPIC, changed.schoolId());
    }

    /** The phrases the school listens for now. */
    private Set<String> phrasesOf(long schoolId) {
        Set<String> phrases = new LinkedHashSet<>(ShippedLexicon.phrases());
        for (CrisisPhrase change : changesOf(schoolId)) {
            if (change.isListed()) {
                phrases.add(change.phrase());
            } else {
                phrases.remove(change.phrase());
            }
        }
        return phrases;
    }

    /** The school's own changes to the shipped lexicon, by phrase. */
    public List<CrisisPhrase> changesOf(long schoolId) {
        return entityManager.createQuery("SELECT p FROM CrisisPhrase p WHERE p.school.id = :school ORDER BY p.phrase",
                CrisisPhrase.class).setParameter("school", schoolId).getResultList();
    }

    private record Loaded(CrisisMatcher matcher, Instant until) {
    }
}
