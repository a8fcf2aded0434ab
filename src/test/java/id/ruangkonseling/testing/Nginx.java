package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx in front of a {@link ClusterPair}, configured by the project's own example
 * ({@code deploy/nginx/}): its {@code upstream} block with the example's two addresses replaced by the
 * pair's, and its proxy settings included as they are, on a plain-HTTP port of loopback instead of TLS.
 * Each answer says which instance gave it ({@code X-Upstream}). Skips or fails (as
 * {@link Requirement#NGINX} says) where nginx is not installed.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    /** The example's instances: the map from a session to its instance's upstream, and the upstreams. */
    private static final Pattern UPSTREAM = Pattern.compile("(?s)map \\$cookie_JSESSIONID.*?\\n}\\n(?=\\s*server \\{)");
    /** The instances' addresses in the example, in the order of the pair's instances. */
    private static final String EXAMPLE_A = "127.0.0.1:8080";
    private static final String EXAMPLE_B = "127.0.0.1:8081";

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx in {@code target/<name>/} in front of both instances of {@code pair}. */
    public static Nginx start(String name, ClusterPair pair) {
        Requirement.NGINX.assume(Files.isExecutable(BINARY));
        Path folder = TargetFolder.fresh(name);
        int port = FreePort.any();
        try {
            Files.createDirectories(folder.resolve("temp"));
            Files.writeString(folder.resolve("nginx.conf"), configuration(folder, port, pair));
            Process process = new ProcessBuilder(BINARY.toString(), "-p", folder.toString(), "-c", "nginx.conf",
                    "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("nginx.out").toFile())
                    .start();
            Nginx nginx = new Nginx(process, port);
            nginx.awaitListening(folder);
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start nginx in " + folder, e);
        }
    }

    /** The proxy's address, e.g. {@code http://localhost:41234}: the public address of the pair. */
    public URI uri() {
        return URI.create("http://localhost:" + port);
    }

    private static String configuration(Path folder, int port, ClusterPair pair) throws IOException {
        Path examples = TargetFolder.root().getParent().resolve("deploy/nginx");
        Matcher upstream = UPSTREAM.matcher(Files.readString(examples.resolve("ruang-konseling.conf")));
        assertTrue(upstream.find(), "deploy/nginx/ruang-konseling.conf has the map of sessions and the upstreams");
        assertTrue(upstream.group().contains(EXAMPLE_A) && upstream.group().contains(EXAMPLE_B),
                "the example's upstream names " + EXAMPLE_A + " and " + EXAMPLE_B + ": " + upstream.group());
        String instances = upstream.group().replace(EXAMPLE_A, address(pair.a())).replace(EXAMPLE_B, address(pair.b()));
        String temp = folder.resolve("temp").toString();
        return """
                worker_processes 1;
                error_log %1$s/error.log info;
                pid %1$s/nginx.pid;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    %3$s
                    server {
                        listen 127.0.0.1:%4$d;
                        add_header X-Upstream $upstream_addr always;
                        include %5$s;
                    }
                }
                """.formatted(folder, temp, instances, port, examples.resolve("ruang-konseling-proxy.conf"));
    }

    private static String address(PayaraMicro instance) {
        return "127.0.0.1:" + instance.uri("").getPort();
    }

    private void awaitListening(Path folder) {
        Optional<Boolean> listening = Poll.until(Duration.ofSeconds(20), () -> {
            if (!process.isAlive()) {
                return Optional.of(false);
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return Optional.of(probe.isConnected());
            } catch (IOException notYet) {
                return Optional.empty();
            }
        });
        if (!listening.orElse(false)) {
            close();
            try {
                fail("nginx did not start:\n" + Files.readString(folder.resolve("nginx.out")) + Files.readString(folder.resolve("error.log")));
            } catch (IOException e) {
                fail("nginx did not start, and left no log in " + folder);
            }
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
