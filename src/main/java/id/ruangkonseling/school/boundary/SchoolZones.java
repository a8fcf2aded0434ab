package id.ruangkonseling.school.boundary;

import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/** The time zone a school keeps its times in, for the pages that show them. */
@ApplicationScoped
public class SchoolZones {

    @Inject
    EntityManager entityManager;

    /** The school's zone; {@link School#DEFAULT_TIME_ZONE} for no school (a page outside any) or an unknown id. */
    @Transactional
    public ZoneId of(Long schoolId) {
        return Optional.ofNullable(schoolId).map(id -> entityManager.find(School.class, id))
                .map(School::timeZone).orElse(School.DEFAULT_TIME_ZONE);
    }
}
