package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.platform.control.FramingOrigins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the platform's {@link FramingOrigins} where the registered platforms are — their issuers and
 * login addresses, which is where the LMS pages that frame the tool come from.
 */
@ApplicationScoped
public class FramingPlatforms {

    @Inject
    EntityManager entityManager;

    void onStartup(@Observes Startup startup, FramingOrigins framing, FramingPlatforms self) {
        framing.sourcedBy(self::addresses);
    }

    @Transactional
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        entityManager.createQuery("SELECT p.issuer, p.authLoginUrl FROM LtiPlatform p", Object[].class)
                .getResultList()
                .forEach(row -> {
                    addresses.add((String) row[0]);
                    addresses.add((String) row[1]);
                });
        return addresses;
    }
}
