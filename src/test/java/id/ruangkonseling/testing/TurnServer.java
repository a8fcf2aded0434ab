package id.ruangkonseling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Debian's coturn on loopback, as a school's TURN server: the TURN REST API's shared secret
 * ({@code use-auth-secret}), relaying between loopback peers only, for one test; stopped when closed. Its log
 * goes to {@code target/turnserver.log}.
 */
public final class TurnServer implements AutoCloseable {

    private static final Path TURNSERVER = Path.of("/usr/bin/turnserver");

    private final int port = FreePort.any();
    private final String secret = UUID.randomUUID().toString();
    private final Process process;

    private TurnServer() throws IOException {
        Path log = TargetFolder.of("turnserver").resolve("turnserver.log");
        process = new ProcessBuilder(List.of(TURNSERVER.toString(), "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
                "-p", Integer.toString(port), "--use-auth-secret", "--static-auth-secret=" + secret, "--realm=ruang-konseling.test",
                "--allow-loopback-peers", "--no-tls", "--no-dtls", "--no-cli", "--log-file=stdout", "--simple-log"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A TURN server listening on a free loopback port; skips (or in CI fails) the test without coturn. */
    public static TurnServer start() {
        Requirement.TURN.assume(Files.isExecutable(TURNSERVER));
        try {
            TurnServer server = new TurnServer();
            server.awaitListening(Duration.ofSeconds(20));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("coturn could not start", e);
        }
    }

    /** The service's settings that make every call relay through this server. */
    public Map<String, String> relayOnly() {
        return Map.of("RK_TURN_URLS", "turn:127.0.0.1:" + port + "?transport=udp,turn:127.0.0.1:" + port + "?transport=tcp",
                "RK_TURN_SECRET", secret, "RK_ICE_TRANSPORT", "relay");
    }

    private void awaitListening(Duration deadline) throws IOException {
        boolean listening = Poll.until(deadline, () -> {
            if (!process.isAlive()) {
                return Optional.of(false);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 250);
                return Optional.of(true);
            } catch (IOException notYet) {
                return Optional.empty();
            }
        }).orElse(false);
        if (!listening) {
            throw new IOException("turnserver did not listen on " + port + " within " + deadline);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
