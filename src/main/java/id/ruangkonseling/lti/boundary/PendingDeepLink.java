package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.DeepLinkRequest;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The Deep Linking request this session's launch brought, waiting for the teacher's choice. It is
 * answered once: taking it needs the form token of the chooser page, which stops other sites posting
 * a choice on the teacher's behalf.
 */
@SessionScoped
public class PendingDeepLink implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeepLinkRequest request;
    private String formToken;

    void hold(DeepLinkRequest newRequest) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        this.request = newRequest;
        this.formToken = HexFormat.of().formatHex(token);
    }

    /** Whether there is a request to answer. */
    public boolean isPending() {
        return request != null;
    }

    /** The token the chooser's form sends back; empty without a pending request. */
    public String getFormToken() {
        return request == null ? "" : formToken;
    }

    /** The request, used up, when {@code token} is this session's form token. */
    Optional<DeepLinkRequest> take(String token) {
        if (request == null || token == null || !MessageDigest.isEqual(formToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        DeepLinkRequest taken = request;
        request = null;
        formToken = null;
        return Optional.of(taken);
    }
}
