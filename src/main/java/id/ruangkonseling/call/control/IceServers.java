package id.ruangkonseling.call.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The STUN and TURN servers a call's browsers use to find each other, as the school configured them
 * ({@code RK_STUN_URLS}, {@code RK_TURN_URLS}, {@code RK_TURN_SECRET}, {@code RK_ICE_TRANSPORT}). TURN
 * credentials follow the TURN REST API that coturn's {@code use-auth-secret} checks: the user name is
 * {@code <expiry>:<opaque id>}, the password base64(HMAC-SHA1(secret, user name)); each is good for an hour.
 */
@ApplicationScoped
public class IceServers {

    /** How long handed-out TURN credentials work: a call that lasts longer keeps its relay, it only cannot start one. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    /** One server entry as {@code RTCPeerConnection} takes it. */
    public record Server(List<String> urls, String username, String credential) {
    }

    /** What a browser needs: the servers, and {@code relay} when only relayed candidates may be used. */
    public record Configuration(List<Server> iceServers, String iceTransportPolicy) {
    }

    private final List<String> stun;
    private final List<String> turn;
    private final Optional<String> secret;
    private final String transport;

    @Inject
    public IceServers(@ConfigProperty(name = "rk.stun.urls") Optional<String> stunUrls,
                      @ConfigProperty(name = "rk.turn.urls") Optional<String> turnUrls,
                      @ConfigProperty(name = "rk.turn.secret") Optional<String> turnSecret,
                      @ConfigProperty(name = "rk.ice.transport", defaultValue = "all") String iceTransport) {
        this.stun = list(stunUrls);
        this.turn = list(turnUrls);
        this.secret = turnSecret.map(String::strip).filter(value -> !value.isEmpty());
        this.transport = "relay".equalsIgnoreCase(iceTransport.strip()) ? "relay" : "all";
    }

    protected IceServers() {
        // for the CDI proxy
        this(Optional.empty(), Optional.empty(), Optional.empty(), "all");
    }

    /** The configuration for one participant of a call; {@code opaqueId} names them to the TURN server's log only. */
    public Configuration forParticipant(String opaqueId, Instant now) {
        List<Server> servers = new ArrayList<>();
        if (!stun.isEmpty()) {
            servers.add(new Server(stun, null, null));
        }
        if (!turn.isEmpty() && secret.isPresent()) {
            String username = now.plus(LIFETIME).getEpochSecond() + ":" + opaqueId;
            servers.add(new Server(turn, username, password(secret.get(), username)));
        }
        return new Configuration(List.copyOf(servers), transport);
    }

    /** The TURN REST API's password for {@code username}: base64 of its HMAC-SHA1 under the shared secret. */
    static String password(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException notInThisJdk) {
            throw new IllegalStateException("HMAC-SHA1 is missing from this JDK", notInThisJdk);
        }
    }

    private static List<String> list(Optional<String> commaList) {
        return commaList.map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList())
                .orElse(List.of());
    }
}
