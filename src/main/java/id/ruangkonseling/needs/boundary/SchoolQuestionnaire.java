package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.needs.control.Questionnaire;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A counselor's work on their school's questionnaire: the items new rounds ask (the shipped ones until the
 * school changes them), an item added, reworded or removed. Rounds already open keep what they asked, in the
 * wording they asked it.
 */
@ApplicationScoped
public class SchoolQuestionnaire {

    @Inject
    Callers callers;

    @Inject
    Questionnaire questionnaire;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<NeedsItem> items(Caller counselor) {
        return questionnaire.activeItems(callers.counselor(counselor).school());
    }

    @Transactional
    public void add(Caller counselor, ServiceField field, String textId, String textEn) {
        NeedsItem item = questionnaire.add(callers.counselor(counselor).school(), field, textId, textEn);
        audit.record(counselor.actor(), AuditAction.NEEDS_QUESTIONNAIRE_CHANGED, Subject.of("needs-item", item.id()), "added");
    }

    /** An item the new rounds ask; another school's, or a removed one, is "not found". */
    @Transactional
    public NeedsItem item(Caller counselor, long itemId) {
        return active(callers.counselor(counselor), itemId);
    }

    @Transactional
    public void reword(Caller counselor, long itemId, ServiceField field, String textId, String textEn) {
        NeedsItem item = questionnaire.reword(active(callers.counselor(counselor), itemId), field, textId, textEn);
        audit.record(counselor.actor(), AuditAction.NEEDS_QUESTIONNAIRE_CHANGED, Subject.of("needs-item", item.id()),
                "reworded " + itemId);
    }

    @Transactional
    public void remove(Caller counselor, long itemId) {
        active(callers.counselor(counselor), itemId).remove();
        audit.record(counselor.actor(), AuditAction.NEEDS_QUESTIONNAIRE_CHANGED, Subject.of("needs-item", itemId), "removed");
    }

    private NeedsItem active(Member counselor, long itemId) {
        return questionnaire.item(counselor.school(), itemId).filter(NeedsItem::isActive)
                .orElseThrow(() -> new NotFound("item " + itemId));
    }
}
