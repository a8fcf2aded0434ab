package id.ruangkonseling.needs.control;

import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * A school's needs questionnaire: its items, the shipped ones copied in on first use, then edited by its
 * counselors. Within one school: another school's item is never found.
 */
@ApplicationScoped
public class Questionnaire {

    @Inject
    EntityManager entityManager;

    /** The items new rounds ask, in order; a school that has none yet gets the shipped ones now. */
    public List<NeedsItem> activeItems(School school) {
        if (everything(school).isEmpty()) {
            List<ShippedItems.Shipped> shipped = ShippedItems.all();
            for (int i = 0; i < shipped.size(); i++) {
                ShippedItems.Shipped item = shipped.get(i);
                entityManager.persist(new NeedsItem(school, item.field(), item.textId(), item.textEn(), i + 1));
            }
            entityManager.flush();
        }
        return everything(school).stream().filter(NeedsItem::isActive).toList();
    }

    /** Adds an item at the end of the questionnaire. */
    public NeedsItem add(School school, ServiceField field, String textId, String textEn) {
        int last = activeItems(school).stream().mapToInt(NeedsItem::order).max().orElse(0);
        NeedsItem item = new NeedsItem(school, field, textId, textEn, last + 1);
        entityManager.persist(item);
        entityManager.flush();
        return item;
    }

    /**
     * New wording (and field) for an item from the next round on: it takes the item's place as a new item and
     * the old one is deactivated, so that every round that asked the old one keeps the wording its students answered.
     */
    public NeedsItem reword(NeedsItem item, ServiceField field, String textId, String textEn) {
        NeedsItem reworded = new NeedsItem(item.school(), field, textId, textEn, item.order());
        item.remove();
        entityManager.persist(reworded);
        entityManager.flush();
        return reworded;
    }

    public Optional<NeedsItem> item(School school, long id) {
        return Optional.ofNullable(entityManager.find(NeedsItem.class, id))
                .filter(item -> item.school().id().equals(school.id()));
    }

    /** These items of the school (any, active or not), in the questionnaire's order. */
    public List<NeedsItem> items(School school, List<Long> ids) {
        return everything(school).stream().filter(item -> ids.contains(item.id())).toList();
    }

    private List<NeedsItem> everything(School school) {
        return entityManager.createQuery("SELECT i FROM NeedsItem i WHERE i.school = :school ORDER BY i.order, i.id",
                NeedsItem.class).setParameter("school", school).getResultList();
    }
}
