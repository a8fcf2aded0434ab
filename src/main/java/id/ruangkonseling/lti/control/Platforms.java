package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.platform.control.FramingOrigins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The registered platforms, found by what a platform says of itself. */
@ApplicationScoped
public class Platforms {

    @Inject
    EntityManager entityManager;

    @Inject
    FramingOrigins framing;

    /**
     * The platform with this issuer and, when the platform names it, this client id. An issuer with
     * several registrations must name the client id (Moodle always does).
     */
    public Optional<LtiPlatform> find(String issuer, Optional<String> clientId) {
        List<LtiPlatform> candidates = entityManager.createQuery(
                        "SELECT p FROM LtiPlatform p WHERE p.issuer = :issuer", LtiPlatform.class)
                .setParameter("issuer", issuer)
                .getResultList();
        Optional<LtiPlatform> found = clientId.isPresent()
                ? candidates.stream().filter(p -> p.clientId().equals(clientId.get())).findFirst()
                : candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
        // a platform registered elsewhere (another instance, by hand) may frame the tool at once
        found.ifPresent(platform -> {
            framing.notice(platform.issuer());
            framing.notice(platform.authLoginUrl().toString());
        });
        return found;
    }
}
