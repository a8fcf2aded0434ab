package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.LtiPlatform;
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

    /**
     * The platform with this issuer and, when the platform names it, this client id. An issuer with
     * several registrations must name the client id (Moodle always does).
     */
    public Optional<LtiPlatform> find(String issuer, Optional<String> clientId) {
        List<LtiPlatform> candidates = entityManager.createQuery(
                        "SELECT p FROM LtiPlatform p WHERE p.issuer = :issuer", LtiPlatform.class)
                .setParameter("issuer", issuer)
                .getResultList();
        if (clientId.isPresent()) {
            return candidates.stream().filter(p -> p.clientId().equals(clientId.get())).findFirst();
        }
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }
}
