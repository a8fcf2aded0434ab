package id.ruangkonseling.counseling.control;

import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which counselors' times are held by an appointment, and the one place where a booking or a move is
 * written: the database's unique key on a held time decides a race, and its refusal becomes
 * {@link TimeTaken} instead of an error.
 */
@ApplicationScoped
public class HeldTimes {

    private static final System.Logger LOG = System.getLogger(HeldTimes.class.getName());

    /** MariaDB's "lock wait timeout" and H2's "timeout trying to lock": the other booking held the key. */
    private static final Set<Integer> LOCK_TIMEOUTS = Set.of(1205, 50200);

    @Inject
    EntityManager entityManager;

    /** The held times of the school's counselors from {@code from} until {@code until}, as "counselor@epoch-second". */
    public Set<String> of(School school, Instant from, Instant until) {
        return entityManager.createQuery("SELECT a FROM Appointment a WHERE a.school = :school AND a.slotHold = TRUE"
                        + " AND a.startsAt >= :from AND a.startsAt < :until", Appointment.class)
                .setParameter("school", school).setParameter("from", from).setParameter("until", until)
                .getResultStream().map(held -> key(held.counselor(), held.startsAt())).collect(Collectors.toSet());
    }

    public boolean isHeld(Member counselor, Instant start) {
        return !entityManager.createQuery("SELECT a.id FROM Appointment a WHERE a.counselor = :counselor"
                        + " AND a.startsAt = :start AND a.slotHold = TRUE", Long.class)
                .setParameter("counselor", counselor).setParameter("start", start).setMaxResults(1).getResultList().isEmpty();
    }

    public static String key(Member counselor, Instant start) {
        return counselor.id() + "@" + start.getEpochSecond();
    }

    /** Writes the booking or move now; a time another transaction holds is {@link TimeTaken}. */
    public void write(Appointment appointment) {
        if (appointment.id() == null) {
            entityManager.persist(appointment);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException refused) {
            if (isConflict(refused)) {
                LOG.log(System.Logger.Level.INFO, "Two bookings raced for one counselor's time; the database kept the first");
                throw new TimeTaken();
            }
            throw refused;
        }
    }

    /** A unique key, a serialization failure or a lock wait on the held time. */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("23") || state.startsWith("40") || "HYT00".equals(state)
                        || LOCK_TIMEOUTS.contains(sql.getErrorCode())) {
                    return true;
                }
            }
        }
        return false;
    }
}
