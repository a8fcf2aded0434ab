package id.ruangkonseling.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A school proxy that cuts long requests: a TCP relay to the tool that closes a connection once a
 * request on it has waited longer than {@code patience} for the first byte of its answer — what a
 * proxy's read timeout does to a held poll. Everything else passes through unchanged (Host included).
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final long patienceNanos;
    private final ExecutorService pumps = Executors.newCachedThreadPool();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
    private final Set<Relay> relays = ConcurrentHashMap.newKeySet();

    CuttingProxy(URI tool, Duration patience) {
        try {
            listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.target = tool.getPort();
        this.patienceNanos = patience.toNanos();
        pumps.execute(this::accept);
        watch.scheduleAtFixedRate(this::cutWaitingTooLong, 100, 100, TimeUnit.MILLISECONDS);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + listening.getLocalPort() + path);
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                Relay relay = new Relay(client, server);
                relays.add(relay);
                pumps.execute(() -> relay.pump(client, server, relay.asked));
                pumps.execute(() -> relay.pump(server, client, relay.answered));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void cutWaitingTooLong() {
        long now = System.nanoTime();
        relays.removeIf(relay -> {
            boolean waiting = relay.asked.get() > relay.answered.get() && now - relay.asked.get() > patienceNanos;
            if (waiting || relay.closed) {
                relay.close();
                return true;
            }
            return false;
        });
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        relays.forEach(Relay::close);
        watch.shutdownNow();
        pumps.shutdownNow();
    }

    /** One client connection and its connection to the tool, with when each side last sent. */
    private static final class Relay {

        final Socket client;
        final Socket server;
        final AtomicLong asked = new AtomicLong(0);
        final AtomicLong answered = new AtomicLong(0);
        volatile boolean closed;

        Relay(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to, AtomicLong lastSent) {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    lastSent.set(System.nanoTime());
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // the other pump or the watch closed the connection
            }
            close();
        }

        void close() {
            closed = true;
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
