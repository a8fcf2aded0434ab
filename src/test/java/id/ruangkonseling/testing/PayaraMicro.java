package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR running on a real Payara Micro, started exactly as the README's run command starts it
 * ({@code deploy/run.sh}, without the build), in a folder of its own under {@code target/} that holds
 * its {@code data/} and its {@code server.log}.
 */
public final class PayaraMicro implements AutoCloseable {

    private static final Duration BOOT_DEADLINE = Duration.ofMinutes(4);

    private final Path folder;
    private final Map<String, String> environment;
    private final List<String> options;
    private final int port;
    private Process process;

    private PayaraMicro(Path folder, Map<String, String> environment, List<String> options) {
        this.folder = folder;
        this.environment = Map.copyOf(environment);
        this.options = List.copyOf(options);
        this.port = FreePort.any();
    }

    /**
     * Starts a server in {@code target/<name>/} with these {@code RK_…} settings and waits until it is
     * deployed; {@code options} go to Payara Micro (such as {@code --sslport 8443}).
     */
    public static PayaraMicro start(String name, Map<String, String> environment, String... options) {
        PayaraMicro server = new PayaraMicro(TargetFolder.of(name), environment, List.of(options));
        server.boot();
        return server;
    }

    /** Starts this server again (same folder, same port, same settings), as after a restart. */
    public void restart() {
        stop();
        boot();
    }

    /** Starts this server again after {@link #stop()} or {@link #kill()}, as its init system would. */
    public void start() {
        if (!isRunning()) {
            boot();
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Path folder() {
        return folder;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * Ends the server as a crash or {@code kill -9} does: SIGKILL to the JVM ({@code run.sh} execs into it,
     * so the process started is the JVM), no shutdown hook, nothing finished or said goodbye to.
     */
    public void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** The process id of the running server (the JVM), for checks with {@code ps}. */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("the server in " + folder + " is not running");
        }
        return process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private void boot() {
        try {
            Path script = projectRoot().resolve("deploy/run.sh");
            List<String> command = new ArrayList<>(List.of("bash", script.toString()));
            command.addAll(options);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("RK_"));
            env.putAll(new HashMap<>(environment));
            env.put("RK_SKIP_BUILD", "1");
            env.put("RK_PORT", Integer.toString(port));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Payara Micro", e);
        }
        awaitDeployed();
    }

    /**
     * Waits until the application is deployed — its landing page answers, which needs no database, so
     * this also works while the database is down; fails fast if the process dies.
     */
    private void awaitDeployed() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest landing = HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(10)).build();
        Optional<Boolean> answered = Poll.until(BOOT_DEADLINE, () -> {
            if (!process.isAlive()) {
                return Optional.of(false);
            }
            try {
                int status = client.send(landing, HttpResponse.BodyHandlers.discarding()).statusCode();
                return status == 200 ? Optional.of(true) : Optional.empty();
            } catch (IOException notYetListening) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(false);
            }
        });
        if (answered.isEmpty() || !answered.get()) {
            String why = process.isAlive() ? "did not serve its landing page within " + BOOT_DEADLINE
                    : "exited with " + process.exitValue() + " while booting";
            stop();
            fail("Payara Micro " + why + ":\n" + logTail());
        }
    }

    public String logTail() {
        List<String> lines = logLines();
        return lines.isEmpty() ? "(nothing in " + folder.resolve("server.log") + ")"
                : String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** What the server wrote to its {@code server.log}, every start after the one before; none before the first. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(folder.resolve("server.log"));
        } catch (java.nio.file.NoSuchFileException notYet) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static Path projectRoot() {
        return TargetFolder.root().getParent();
    }
}
