package id.ruangkonseling.testing;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import id.ruangkonseling.platform.control.DataGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Real data-grid members (the Hazelcast that Payara Micro bundles) in the test's own JVM, joined over
 * loopback into a cluster of their own, so that a unit test can run two instances' worth of a component
 * against one grid. Starting a pair takes seconds, so the test run shares one ({@link #pair}); its members stop
 * with the JVM (Hazelcast's own shutdown hook). Tests on it keep to keys of their own, or clear what they use.
 */
public final class GridMembers {

    private static GridMembers pair;

    private final List<HazelcastInstance> members = new ArrayList<>();

    private GridMembers(int count) {
        String cluster = "rk-test-" + UUID.randomUUID();
        List<Integer> ports = IntStream.range(0, count).mapToObj(i -> FreePort.any()).toList();
        ports.parallelStream().map(port -> Hazelcast.newHazelcastInstance(config(cluster, port, ports)))
                .forEachOrdered(members::add);
    }

    /** Two members of one cluster, for the whole test run: instance A's grid is {@code grid(0)}, B's {@code grid(1)}. */
    public static synchronized GridMembers pair() {
        if (pair == null) {
            pair = new GridMembers(2);
        }
        return pair;
    }

    /** The grid as the {@code index}th member's instance sees it. */
    public DataGrid grid(int index) {
        return DataGrid.of(members.get(index));
    }

    private static Config config(String cluster, int port, List<Integer> ports) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        ports.forEach(each -> join.getTcpIpConfig().addMember("127.0.0.1:" + each));
        return config;
    }
}
