package id.ruangkonseling.cluster;

import id.ruangkonseling.testing.ClusterPair;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.Poll;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One person's client of the pair that goes to whichever instance is up, as the chat panel behind a proxy
 * does: it keeps to one instance while that serves, moves to the other when it is gone (refused, cut off, or
 * answering as a server still starting or stopping: 5xx, or a 404 that is not the service's JSON), and
 * signs in again where a restart ended its session ({@code 401}). What it asks is asked again, unchanged,
 * on the instance it moved to — so a chat message keeps its {@code clientId}.
 */
final class Roaming {

    /** Long enough for the other instance to come back when both were away at once. */
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private final ClusterPair pair;
    private final Function<PayaraMicro, Http> signIn;
    private final Map<PayaraMicro, Http> sessions;
    private volatile PayaraMicro current;

    Roaming(ClusterPair pair, PayaraMicro startOn, Function<PayaraMicro, Http> signIn, Map<PayaraMicro, Http> signedIn) {
        this.pair = pair;
        this.current = startOn;
        this.signIn = signIn;
        this.sessions = new ConcurrentHashMap<>(signedIn);
    }

    /** What one request of this person asks an instance, with their session there. */
    @FunctionalInterface
    interface Request {
        HttpResponse<String> on(PayaraMicro instance, Http session);
    }

    /** The service's answer to {@code request}, from whichever instance gave one. */
    HttpResponse<String> ask(Request request) {
        return Poll.until(DEADLINE, () -> attempt(request))
                .orElseThrow(() -> new AssertionError("neither instance served within " + DEADLINE));
    }

    private Optional<HttpResponse<String>> attempt(Request request) {
        PayaraMicro instance = current;
        try {
            HttpResponse<String> answer = request.on(instance, session(instance));
            if (answer.statusCode() == 401) {
                sessions.remove(instance);
                return Optional.empty();
            }
            if (servedByTheService(answer)) {
                return Optional.of(answer);
            }
        } catch (UncheckedIOException gone) {
            // refused or cut off: the instance is down, or going
        }
        current = pair.other(instance);
        return Optional.empty();
    }

    /** The person's session on the instance, signed in if they have none there; UncheckedIOException if it cannot. */
    private Http session(PayaraMicro instance) {
        try {
            return sessions.computeIfAbsent(instance, signIn);
        } catch (AssertionError notServingYet) {
            // a launch's check failed there: the instance is starting (its login answers 500 until it is ready)
            throw new UncheckedIOException(new java.io.IOException("could not sign in: " + notServingYet.getMessage()));
        }
    }

    private static boolean servedByTheService(HttpResponse<String> answer) {
        boolean json = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        return answer.statusCode() < 500 && (answer.statusCode() != 404 || json);
    }
}
