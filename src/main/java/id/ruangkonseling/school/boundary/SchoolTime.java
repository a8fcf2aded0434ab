package id.ruangkonseling.school.boundary;

import id.ruangkonseling.platform.boundary.PageTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Times on a page in the signed-in person's school's time zone and the page's language:
 * {@code #{schoolTime.toMinute(item.submittedAt())}}.
 */
@Named
@RequestScoped
public class SchoolTime {

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolZones zones;

    private ZoneId zone;

    public String toMinute(Instant when) {
        return PageTime.toMinute(when, zone());
    }

    /** The school's zone, looked up once per request. */
    public ZoneId zone() {
        if (zone == null) {
            zone = zones.of(signedIn.getSchoolId());
        }
        return zone;
    }
}
