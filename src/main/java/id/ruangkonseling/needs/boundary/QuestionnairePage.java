package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.platform.boundary.LanguageSelection;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /counselor/needs-questionnaire}: the school's questionnaire, an item added or removed at a time. */
@Named
@RequestScoped
public class QuestionnairePage {

    private static final String AGAIN = "/counselor/needs-questionnaire?faces-redirect=true";

    @Inject
    SchoolQuestionnaire questionnaire;

    @Inject
    SignedInMember signedIn;

    @Inject
    LanguageSelection language;

    private List<NeedsItem> items;
    private ServiceField field;
    private String textId;
    private String textEn;

    /** The items, read once a request (a postback looks for its buttons among them). */
    public List<NeedsItem> getItems() {
        if (items == null) {
            items = questionnaire.items(signedIn.as(Role.COUNSELOR));
        }
        return items;
    }

    public String text(NeedsItem item) {
        return item.text(language.getLocale());
    }

    public String add() {
        questionnaire.add(signedIn.as(Role.COUNSELOR), field, textId, textEn);
        return AGAIN;
    }

    public String remove(long itemId) {
        questionnaire.remove(signedIn.as(Role.COUNSELOR), itemId);
        return AGAIN;
    }

    public List<ServiceField> getFields() {
        return List.of(ServiceField.values());
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public String getTextId() {
        return textId;
    }

    public void setTextId(String textId) {
        this.textId = textId;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
