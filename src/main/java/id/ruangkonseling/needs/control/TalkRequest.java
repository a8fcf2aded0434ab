package id.ruangkonseling.needs.control;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.needs.entity.Choices;
import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.platform.control.Texts;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a counseling request made from a needs answer says: in the field of the first item the student wants
 * to talk about (else of their first yes), about those items and their note, by chat, when it suits them.
 * Written in the school's language, Indonesian, as the desk keeps it.
 */
@ApplicationScoped
public class TalkRequest {

    private static final Locale SCHOOL = Locale.forLanguageTag("id");

    public RequestContent content(NeedsAnswer answer, List<NeedsItem> asked) {
        Choices choices = answer.choices();
        List<NeedsItem> talk = asked.stream().filter(item -> choices.talk().contains(item.id())).toList();
        ServiceField field = talk.stream().findFirst().or(() -> asked.stream().filter(item -> choices.yes().contains(item.id()))
                .findFirst()).map(NeedsItem::field).orElse(ServiceField.PERSONAL);
        ResourceBundle texts = ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", SCHOOL, TalkRequest.class.getClassLoader());
        String items = talk.stream().map(item -> "- " + item.text(SCHOOL)).collect(Collectors.joining("\n"));
        String about = Texts.format(texts.getString("needs.request.about"), SCHOOL, answer.round().course().shownTitle(),
                items.isEmpty() ? "-" : items, answer.note().orElse("-"));
        return new RequestContent(field, about.length() > CounselingRequest.ABOUT_LENGTH
                ? about.substring(0, CounselingRequest.ABOUT_LENGTH) : about, Urgency.CAN_WAIT, ContactMode.CHAT, Optional.empty());
    }
}
