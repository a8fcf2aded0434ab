package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.platform.boundary.LanguageSelection;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Backs {@code /counselor/needs-questionnaire}: the school's questionnaire, an item added, reworded in its place
 * ({@code ?edit=}, the form filled with its wording until the counselor typed their own) or removed at a time.
 */
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
    private String edit;
    private final Wording added = new Wording();
    private Wording reworded;

    /** What a form says of an item: its service field and its statement in both languages. */
    public static final class Wording {

        private ServiceField field;
        private String textId;
        private String textEn;

        static Wording of(NeedsItem item) {
            Wording wording = new Wording();
            wording.field = item.field();
            wording.textId = item.textId();
            wording.textEn = item.textEn();
            return wording;
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

    /** A postback's edit form goes to the page's own address ({@code useRequestURI}): its item is known before it decodes. */
    @PostConstruct
    void itemOfTheAddress() {
        edit = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("edit");
    }

    /** View action: an address naming an item that is not the school's (or no longer asked) is "not found". */
    public void load() throws IOException {
        if (edit != null) {
            NeedsPages.read(this::getReworded);
        }
    }

    /** Whether this item is the one being reworded. */
    public boolean editing(NeedsItem item) {
        return String.valueOf(item.id()).equals(edit);
    }

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
        questionnaire.add(signedIn.as(Role.COUNSELOR), added.field, added.textId, added.textEn);
        return AGAIN;
    }

    /** Rewords the item being edited from the next round on. */
    public String reword() {
        questionnaire.reword(signedIn.as(Role.COUNSELOR), NeedsPages.id(edit), reworded.field, reworded.textId, reworded.textEn);
        return AGAIN;
    }

    public String remove(long itemId) {
        questionnaire.remove(signedIn.as(Role.COUNSELOR), itemId);
        return AGAIN;
    }

    public List<ServiceField> getFields() {
        return List.of(ServiceField.values());
    }

    public Wording getAdded() {
        return added;
    }

    /** The edited item's wording, as it stands until the form's values replace it. */
    public Wording getReworded() {
        if (reworded == null) {
            reworded = Wording.of(questionnaire.item(signedIn.as(Role.COUNSELOR), NeedsPages.id(edit)));
        }
        return reworded;
    }
}
