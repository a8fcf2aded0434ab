package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.chat.boundary.ConversationSummary;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Backs the student's home, {@code /student/}: their counseling requests and where each stands, in plain
 * words, with each one's conversation and how many messages in it they have not read.
 */
@Named
@RequestScoped
public class MyCounselingPage {

    @Inject
    StudentRequests requests;

    @Inject
    Conversations conversations;

    @Inject
    SignedInMember signedIn;

    private List<RequestSummary> mine;
    private Map<Long, Long> unread;

    @PostConstruct
    void load() {
        mine = requests.mine(signedIn.as(Role.STUDENT));
        unread = conversations.mine(signedIn.as(Role.STUDENT)).stream()
                .collect(Collectors.toMap(ConversationSummary::id, ConversationSummary::unread));
    }

    /** How many of the counselor's messages in a request's conversation the student has not read yet. */
    public long unread(Optional<Long> conversationId) {
        return conversationId.map(id -> unread.getOrDefault(id, 0L)).orElse(0L);
    }

    /** "3 new", in the page's language. */
    public String unreadText(Optional<Long> conversationId) {
        return PageText.of("counseling.mine.unread", unread(conversationId));
    }

    public List<RequestSummary> getRequests() {
        return mine;
    }
}
