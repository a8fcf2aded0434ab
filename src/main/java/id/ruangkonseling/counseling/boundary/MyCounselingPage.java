package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.chat.boundary.ConversationSummary;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * Backs the student's home, {@code /student/}: their counseling requests and where each stands, in plain
 * words, with each one's conversation and how many messages in it they have not read, and a conversation a
 * counselor opened for them from a teacher's referral. The page keeps itself live ({@code live.js}).
 */
@Named
@RequestScoped
public class MyCounselingPage {

    @Inject
    StudentRequests requests;

    @Inject
    SignedInMember signedIn;

    private StudentRequests.Home home;
    private Map<Long, Long> unread;

    @PostConstruct
    void load() {
        home = requests.home(signedIn.as(Role.STUDENT));
        unread = home.conversations().stream().collect(Collectors.toMap(ConversationSummary::id, ConversationSummary::unread));
    }

    /** The home was read anew for its live poll (on this request): its live part renders again. */
    public void refresh() {
        PrimeFaces.current().ajax().update("home-live", "requests-live");
    }

    public String getEdition() {
        return home.edition();
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
        return home.requests();
    }

    /** Open conversations a counselor began with the student, not from a request of theirs: from a teacher's referral. */
    public List<ConversationSummary> getInvitations() {
        Set<Long> ofRequests = home.requests().stream().flatMap(request -> request.conversationId().stream()).collect(Collectors.toSet());
        return home.conversations().stream().filter(conversation -> !conversation.closed() && !ofRequests.contains(conversation.id()))
                .toList();
    }
}
