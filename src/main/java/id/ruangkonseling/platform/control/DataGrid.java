package id.ruangkonseling.platform.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Payara Micro's data grid (Hazelcast), shared by every instance of one cluster — and there on a single
 * instance too (Payara starts it even with {@code --nocluster}), so that code written against it has no second
 * path. What an instance keeps in memory for speed stays in its own maps; what the others must hear of goes
 * out as news on a topic ({@link #tell}, {@link #listen}); what all instances count together lives in one of the
 * grid's maps ({@link #map}).
 * <p>
 * Only the JDK's own types cross the grid (numbers, strings, arrays of them): Hazelcast serializes them itself,
 * without loading the application's classes in the grid's threads.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = System.getLogger(DataGrid.class.getName());

    @Resource(lookup = "payara/Hazelcast")
    HazelcastInstance hazelcast;

    private final List<Runnable> listening = new CopyOnWriteArrayList<>();

    /** This grid member, for tests that run the grid without Payara. */
    public static DataGrid of(HazelcastInstance member) {
        DataGrid grid = new DataGrid();
        grid.hazelcast = member;
        return grid;
    }

    /** Tells {@code news} to every other instance listening on {@code topic}; this instance has applied it already. */
    public void tell(String topic, Object news) {
        hazelcast.getTopic(topic).publish(news);
    }

    /**
     * Hands {@code hear} what the other instances tell on {@code topic}, in the order each of them told it, on
     * the grid's event thread (keep it short: no database, no waiting). What this instance tells itself never
     * comes back to it. A message that fails is logged and the next one still heard.
     */
    public <T> void listen(String topic, Class<T> type, Consumer<T> hear) {
        ITopic<Object> news = hazelcast.getTopic(topic);
        UUID registration = news.addMessageListener(message -> {
            if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
                return;
            }
            try {
                hear.accept(type.cast(message.getMessageObject()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "News on " + topic + " from another instance could not be applied: " + e);
            }
        });
        listening.add(() -> news.removeMessageListener(registration));
    }

    /** The grid's map of this name: one for the whole cluster, its entries backed up on another instance. */
    public <K, V> IMap<K, V> map(String name) {
        return hazelcast.getMap(name);
    }

    /** How many instances the cluster has now (for health and tests). */
    public int instances() {
        return hazelcast.getCluster().getMembers().size();
    }

    @PreDestroy
    void stopListening() {
        listening.forEach(Runnable::run);
        listening.clear();
    }
}
