package id.ruangkonseling.privacy.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the service holds about one student, decrypted, as much as its {@link Extent} holds, in sections of
 * items of named values: what the JSON export and the readable PDF both write. Labels come from the bundles
 * ({@code privacy.file.section.<KIND>}, {@code privacy.file.field.<FIELD>}).
 */
public record StudentFile(String school, ZoneId zone, Instant madeAt, Extent extent, List<Section> sections) {

    /** The kinds of data, in the order the file lists them. */
    public enum Kind {
        STUDENT, COURSES, REQUESTS, CASES, NOTES, REFERRALS, MESSAGES, APPOINTMENTS, DRAFTS, NEEDS, AUDIT
    }

    /** The named values an item may have. */
    public enum Field {
        ID, NAME, EMAIL, LMS_ID, FIRST_SEEN_AT, LAST_SEEN_AT, LEFT_AT, COURSE, ROLE, SUBMITTED_AT, SERVICE_FIELD,
        ABOUT, URGENCY, MODE, AVAILABILITY, STATUS, DECIDED_AT, DECLINE_REASON, CASE_ID, COUNSELOR, OPENED_AT,
        CHANGED_AT, OUTCOME, AUTHOR, HELD_ON, SUMMARY, PLAN, FOLLOW_UP_ON, WRITTEN_AT, TEACHER, REASON,
        OBSERVATIONS, STUDENT_KNOWS, RECEIVED_AT, CLOSED_AT, CONVERSATION_ID, SEQ, SENT_AT, BODY, STARTS_AT,
        ENDS_AT, CANCEL_REASON, RESCHEDULE_REASON, SAVED_AT, AT, ACTION, ACTOR, SUBJECT, DETAIL, NEEDS_YES, NEEDS_TALK, NOTE;

        /** Its key in the JSON export, e.g. {@code submitted_at}. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Section(Kind kind, List<Map<Field, Value>> items) {
    }

    /**
     * One value as stored: a text, a moment, a day or a code. {@code raw} is what the JSON file writes; a code has
     * a readable text in the bundles under {@code textPrefix + code} (e.g. {@code serviceField.PERSONAL}); a moment
     * or a day comes as {@code when} too, for a file a person reads, to write in their language.
     */
    public record Value(String raw, Optional<String> textPrefix, Optional<Temporal> when) {

        public static Value of(Object value) {
            return switch (value) {
                case ZonedDateTime at -> new Value(at.toOffsetDateTime().toString(), Optional.empty(), Optional.of(at));
                case LocalDate day -> new Value(day.toString(), Optional.empty(), Optional.of(day));
                default -> new Value(String.valueOf(value), Optional.empty(), Optional.empty());
            };
        }

        public static Value coded(String textPrefix, Enum<?> code) {
            return new Value(code.name(), Optional.of(textPrefix), Optional.empty());
        }
    }
}
