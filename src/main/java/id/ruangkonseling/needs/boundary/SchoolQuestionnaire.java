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
 * school changes them), an item added, an item removed. Rounds already open keep what they asked.
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

    @Transactional
    public void remove(Caller counselor, long itemId) {
        Member me = callers.counselor(counselor);
        questionnaire.item(me.school(), itemId).filter(NeedsItem::isActive)
                .orElseThrow(() -> new NotFound("item " + itemId)).remove();
        audit.record(counselor.actor(), AuditAction.NEEDS_QUESTIONNAIRE_CHANGED, Subject.of("needs-item", itemId), "removed");
    }
}
