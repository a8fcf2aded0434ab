package id.ruangkonseling.platform.control;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Polls held open until there is news under one of their keys (a member, a school): each wakes once, on the
 * thread that brought the news, and leaves. In memory, per instance; no static state.
 *
 * @param <K> what news is told under
 */
public final class HeldPolls<K> {

    private final ConcurrentHashMap<K, Set<Poll>> waiting = new ConcurrentHashMap<>();

    /**
     * Holds a poll under {@code keys} until news comes under one of them, then calls {@code wake} once. If
     * {@code newAlready} holds once the poll is registered — news came between the caller's look and now — it
     * wakes at once. Cancel the poll when it ends otherwise.
     */
    public Poll hold(List<K> keys, Runnable wake, BooleanSupplier newAlready) {
        return holdFor(keys, news -> wake.run(), newAlready);
    }

    /**
     * As {@link #hold}, handing {@code wake} the {@link News} that woke it: the polls one piece of news wakes can
     * share what they read for it ({@link News#shared}).
     */
    public Poll holdFor(List<K> keys, Consumer<News> wake, BooleanSupplier newAlready) {
        Poll poll = new Poll(keys, wake);
        // added inside the map's update, so that a poll leaving at the same time cannot drop the set it joins
        keys.forEach(key -> waiting.compute(key, (k, polls) -> {
            Set<Poll> joined = polls == null ? ConcurrentHashMap.newKeySet() : polls;
            joined.add(poll);
            return joined;
        }));
        if (newAlready.getAsBoolean()) {
            poll.fire(new News());
        }
        return poll;
    }

    /** News under {@code key}: its polls wake. */
    public void wake(K key) {
        wake(key, new News());
    }

    /** News for everyone: every held poll wakes (to check again whether it may still read what it waits for). */
    public void wakeAll() {
        News news = new News();
        waiting.keySet().forEach(key -> wake(key, news));
    }

    private void wake(K key, News news) {
        Set<Poll> polls = waiting.get(key);
        if (polls != null) {
            polls.forEach(poll -> poll.fire(news));
        }
    }

    /** How many polls are held right now (for tests and health). */
    public int held() {
        return (int) waiting.values().stream().flatMap(Set::stream).distinct().count();
    }

    /** One held poll; it fires at most once and then leaves. */
    public final class Poll {

        private final List<K> keys;
        private final Consumer<News> wake;
        private final AtomicBoolean done = new AtomicBoolean();

        private Poll(List<K> keys, Consumer<News> wake) {
            this.keys = List.copyOf(keys);
            this.wake = wake;
        }

        private void fire(News news) {
            if (done.compareAndSet(false, true)) {
                leave();
                wake.accept(news);
            }
        }

        /** The poll ended otherwise (timed out, the client left): no wake-up any more. */
        public void cancel() {
            if (done.compareAndSet(false, true)) {
                leave();
            }
        }

        private void leave() {
            keys.forEach(key -> waiting.computeIfPresent(key, (k, polls) -> {
                polls.remove(this);
                return polls.isEmpty() ? null : polls;
            }));
        }
    }

    /**
     * One piece of news, as the polls it wakes see it. Polls that would read the same thing for it (the same reader,
     * the same page) read it once: whatever they read was read after the news came, so none of them misses it, and
     * the next news is another {@code News} with nothing shared yet.
     */
    public static final class News {

        private final ConcurrentHashMap<Object, Memo<Object>> reads = new ConcurrentHashMap<>();

        /** What {@code read} gives for {@code what}, read by the first poll that asks and handed to the others. */
        @SuppressWarnings("unchecked")
        public <T> T shared(Object what, Supplier<T> read) {
            return (T) reads.computeIfAbsent(what, key -> new Memo<>(read::get)).get();
        }
    }
}
