package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Backs the conversation pages, {@code /student/conversation?id=} and {@code /counselor/conversation?id=}:
 * the chat panel of one of the member's conversations. Anyone else's id is "not found".
 */
@Named
@RequestScoped
public class ConversationPage {

    @Inject
    Conversations conversations;

    @Inject
    SignedInMember signedIn;

    private ConversationSummary conversation;

    /** View action: the conversation named by {@code ?id=}, as the page's role sees it, or a 404. */
    public void open(Role role) throws IOException {
        Optional<ConversationSummary> found = Optional.ofNullable(Faces.getRequestParameter("id"))
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> conversations.summary(signedIn.as(role), Long.parseLong(id)));
        if (found.isEmpty()) {
            Faces.responseSendError(404, "no such conversation of this member");
            return;
        }
        conversation = found.get();
    }

    public ConversationSummary getConversation() {
        return conversation;
    }
}
