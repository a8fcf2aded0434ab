package id.ruangkonseling.counseling.entity;

import java.time.LocalDate;
import java.util.Optional;

/** What a case note says: the session's date and mode, a summary, the plan and a follow-up date. */
public record NoteContent(LocalDate heldOn, ContactMode mode, String summary, Optional<String> plan,
                          Optional<LocalDate> followUpOn) {
}
