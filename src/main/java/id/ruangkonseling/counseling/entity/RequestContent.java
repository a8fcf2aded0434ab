package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.util.Optional;

/** What a student says in a counseling request: the field, what it is about, how urgent, how to talk, when free. */
public record RequestContent(ServiceField field, String about, Urgency urgency, ContactMode mode,
                             Optional<String> availability) {
}
