package id.ruangkonseling.safeguarding.control;

import id.ruangkonseling.safeguarding.entity.CrisisPhrase;
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
 * matcher kept in memory: a text is checked without a database query. Dropped when this instance's admin
 * edits the lexicon, and reloaded after {@link #FRESH_FOR} at the latest, so that an edit made on another
 * instance reaches this one too. Read within the caller's transaction.
 */
@ApplicationScoped
public class CrisisLexicons {

    /** How long a school's lexicon is trusted before it is read again (for edits made on other instances). */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    private final Map<Long, Loaded> matchers = new ConcurrentHashMap<>();

    /** True when {@code text} holds a phrase of the school's lexicon. */
    public boolean alarms(long schoolId, String text) {
        Instant now = clock.instant();
        Loaded loaded = matchers.get(schoolId);
        if (loaded == null || loaded.until().isBefore(now)) {
            loaded = new Loaded(new CrisisMatcher(phrasesOf(schoolId)), now.plus(FRESH_FOR));
            matchers.put(schoolId, loaded);
        }
        return loaded.matcher().matches(text);
    }

    /** The school's lexicon changed and that committed: the next check reads it again. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LexiconChanged changed) {
        matchers.remove(changed.schoolId());
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
