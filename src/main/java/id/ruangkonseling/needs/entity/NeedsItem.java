package id.ruangkonseling.needs.entity;

import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * One statement of a school's needs questionnaire, in one service field, which a student answers yes or
 * no ("I find it hard to concentrate when studying"). Removing it only deactivates it: rounds that asked
 * it keep its wording.
 */
@Entity
@Table(name = "needs_item")
public class NeedsItem extends SchoolScoped {

    public static final int TEXT_LENGTH = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false)
    private ServiceField field;

    @Column(name = "text_id", nullable = false)
    private String textId;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "item_order", nullable = false)
    private int order;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected NeedsItem() {
        // for JPA
    }

    public NeedsItem(School school, ServiceField field, String textId, String textEn, int order) {
        super(school);
        this.field = Objects.requireNonNull(field, "field");
        reword(textId, textEn);
        this.order = order;
        this.active = true;
    }

    /** New wording in both languages; an empty English text takes the Indonesian one. */
    public final void reword(String newTextId, String newTextEn) {
        this.textId = Text.required(newTextId, "textId", TEXT_LENGTH);
        this.textEn = newTextEn == null || newTextEn.isBlank() ? textId : Text.required(newTextEn, "textEn", TEXT_LENGTH);
    }

    /** No longer asked in new rounds. */
    public void remove() {
        this.active = false;
    }

    public ServiceField field() {
        return field;
    }

    /** The statement in {@code locale}'s language: English for English, else Indonesian. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textId;
    }

    public String textId() {
        return textId;
    }

    public String textEn() {
        return textEn;
    }

    public int order() {
        return order;
    }

    public boolean isActive() {
        return active;
    }
}
