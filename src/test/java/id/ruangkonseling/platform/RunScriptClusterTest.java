package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.TargetFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster's switch in {@code deploy/run.sh}: the Payara Micro options it gives for each setting of
 * {@code RK_CLUSTER_*}, and the settings it refuses with a message before anything starts. The script
 * runs for real, with a stand-in {@code java} that prints the options it was given instead of booting.
 */
class RunScriptClusterTest {

    private static Path fakeJdk;

    @BeforeAll
    static void aJavaThatPrintsItsOptions() throws IOException {
        fakeJdk = TargetFolder.fresh("run-script-jdk");
        Path java = Files.createDirectories(fakeJdk.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                case "$*" in *-XshowSettings*) echo "    java.specification.version = 25" >&2; exit 0 ;; esac
                printf '%s\\n' "$@"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void unsetItStartsOneInstanceWithoutTheDataGrid() throws Exception {
        Run run = run(Map.of());

        assertEquals(0, run.exit(), run.errors());
        assertTrue(run.options().contains("--nocluster"), run.options().toString());
        assertFalse(run.options().contains("--clustermode"));
    }

    @Test
    void membersAndPortJoinTheTcpClusterOnThisInstancesAddress() throws Exception {
        Run run = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901", "RK_CLUSTER_PORT", "6901",
                "RK_DB_URL", "jdbc:mariadb://db.sekolah.test:3306/rk"));

        assertEquals(0, run.exit(), run.errors());
        assertFalse(run.options().contains("--nocluster"));
        assertOption(run, "--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901");
        assertOption(run, "--startport", "6901");
        assertOption(run, "--interfaces", "127.0.0.1");
        assertOption(run, "--hzpublicaddress", "127.0.0.1");
        assertTrue(run.options().contains("--nohostaware"), "backups on the other instance of the same machine too");
        assertTrue(run.options().contains("-DjvmRoute=rk2"), "the second member's session ids end with .rk2: " + run.options());
        assertFalse(run.options().contains("--clustername"), "Payara's own cluster name unless one is set");
    }

    @Test
    void anInstanceMissingFromTheMembersIsRefused() throws Exception {
        Run run = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901", "RK_CLUSTER_PORT", "6901",
                "RK_CLUSTER_ADDRESS", "127.0.0.2", "RK_DB_URL", "jdbc:mariadb://db.sekolah.test:3306/rk"));

        assertRefused(run, "must list this instance too");
    }

    @Test
    void ofSeveralMembersOnThisPortTheOneOnThisMachineIsThisInstance() throws Exception {
        Run run = run(Map.of("RK_CLUSTER_MEMBERS", "192.0.2.250:5900,localhost:5900", "RK_CLUSTER_PORT", "5900",
                "RK_DB_URL", "jdbc:mysql://db:3306/rk"));

        assertEquals(0, run.exit(), run.errors());
        assertOption(run, "--interfaces", "127.0.0.1");
    }

    @Test
    void whenItCannotTellWhichMemberItIsItAsksForTheAddress() throws Exception {
        Map<String, String> settings = Map.of("RK_CLUSTER_MEMBERS", "192.0.2.250:5900,192.0.2.251:5900",
                "RK_CLUSTER_PORT", "5900", "RK_DB_URL", "jdbc:mysql://db:3306/rk");

        Run ambiguous = run(settings);
        Map<String, String> told = new HashMap<>(settings);
        told.put("RK_CLUSTER_ADDRESS", "192.0.2.251");
        Run run = run(told);

        assertRefused(ambiguous, "set RK_CLUSTER_ADDRESS");
        assertEquals(0, run.exit(), run.errors());
        assertOption(run, "--hzpublicaddress", "192.0.2.251");
        assertTrue(run.options().contains("-DjvmRoute=rk2"), run.options().toString());
    }

    @Test
    void aNameAndPasswordKeepClustersApartWithoutShowingThePassword() throws Exception {
        Run named = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900", "RK_CLUSTER_PORT", "6900",
                "RK_DB_URL", "jdbc:mysql://db:3306/rk", "RK_CLUSTER_NAME", "kabupaten-bandung"));
        Run withPassword = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900", "RK_CLUSTER_PORT", "6900",
                "RK_DB_URL", "jdbc:mysql://db:3306/rk", "RK_CLUSTER_NAME", "kabupaten-bandung",
                "RK_CLUSTER_PASSWORD", "rahasia-grid-9"));
        Run otherPassword = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900", "RK_CLUSTER_PORT", "6900",
                "RK_DB_URL", "jdbc:mysql://db:3306/rk", "RK_CLUSTER_NAME", "kabupaten-bandung",
                "RK_CLUSTER_PASSWORD", "rahasia-lain"));

        assertOption(named, "--clustername", "kabupaten-bandung");
        String name = option(withPassword, "--clustername");
        assertTrue(name.startsWith("kabupaten-bandung-") && name.length() > "kabupaten-bandung-".length() + 16, name);
        assertFalse(String.join(" ", withPassword.options()).contains("rahasia"), "the password itself is not an option");
        assertFalse(name.equals(option(otherPassword, "--clustername")), "another password, another cluster");
    }

    @Test
    void aClusterOnH2IsRefusedBeforeAnythingStarts() throws Exception {
        Run withoutUrl = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901", "RK_CLUSTER_PORT", "6900"));
        Run onH2 = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901", "RK_CLUSTER_PORT", "6900",
                "RK_DB_URL", "jdbc:h2:file:./data/db/rk"));

        assertRefused(withoutUrl, "H2 cannot be shared", "Set RK_DB_URL");
        assertRefused(onH2, "H2 cannot be shared", "Set RK_DB_URL");
    }

    @Test
    void halfAClusterSettingOrAPortRangeIsRefusedWithWhatToSet() throws Exception {
        Run membersOnly = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900", "RK_DB_URL", "jdbc:mysql://db:3306/rk"));
        Run portOnly = run(Map.of("RK_CLUSTER_PORT", "6900", "RK_DB_URL", "jdbc:mysql://db:3306/rk"));
        Run range = run(Map.of("RK_CLUSTER_MEMBERS", "127.0.0.1:6900-6910", "RK_CLUSTER_PORT", "6900",
                "RK_DB_URL", "jdbc:mysql://db:3306/rk"));

        assertRefused(membersOnly, "needs both RK_CLUSTER_MEMBERS", "RK_CLUSTER_PORT");
        assertRefused(portOnly, "needs both RK_CLUSTER_MEMBERS", "RK_CLUSTER_PORT");
        assertRefused(range, "no port ranges");
    }

    /** run.sh stopped with exit code 1, saying all of {@code says}, before starting Payara Micro. */
    private static void assertRefused(Run run, String... says) {
        assertEquals(1, run.exit(), run.errors());
        for (String said : says) {
            assertTrue(run.errors().contains(said), "says '" + said + "': " + run.errors());
        }
        assertEquals(List.of(), run.options(), "Payara Micro was not started");
    }

    private static void assertOption(Run run, String option, String value) {
        assertEquals(value, option(run, option), run.options().toString());
    }

    private static String option(Run run, String option) {
        int at = run.options().indexOf(option);
        assertTrue(at >= 0 && at + 1 < run.options().size(), option + " missing: " + run.options() + "\n" + run.errors());
        return run.options().get(at + 1);
    }

    /** What run.sh gave to {@code java} (nothing when it stopped before), what it said, and its exit code. */
    private record Run(int exit, List<String> options, String errors) {
    }

    private static Run run(Map<String, String> settings) throws IOException, InterruptedException {
        Path folder = TargetFolder.fresh("run-script-cluster");
        ProcessBuilder builder = new ProcessBuilder("bash", TargetFolder.root().getParent().resolve("deploy/run.sh").toString())
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("out").toFile())
                .redirectError(folder.resolve("err").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("RK_"));
        builder.environment().putAll(settings);
        builder.environment().put("RK_SKIP_BUILD", "1");
        builder.environment().put("JAVA_HOME", fakeJdk.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "run.sh ended");
        return new Run(process.exitValue(), Files.readAllLines(folder.resolve("out")).stream().filter(line -> !line.isEmpty()).toList(),
                Files.readString(folder.resolve("err"), StandardCharsets.UTF_8));
    }
}
