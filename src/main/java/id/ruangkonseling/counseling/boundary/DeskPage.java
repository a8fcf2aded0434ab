package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.counseling.control.DeskQueue;
import id.ruangkonseling.counseling.control.QueueFilter;
import id.ruangkonseling.counseling.control.QueueItem;
import id.ruangkonseling.counseling.control.QueueItem.QueueStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.safeguarding.boundary.Cosignatures;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs the counselor's desk, {@code /counselor/}: their open cases and due follow-ups, and one queue
 * of the school's requests and referrals (waiting ones, most urgent first, unless filtered) — a request
 * to take up or decline with a reason the student will read, a referral to take up into the case — and a school
 * admin's request for a student's whole file to co-sign or refuse.
 */
@Named
@ViewScoped
public class DeskPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "counselor/";
    /** The queue's rows per page, as {@code counselor/index.xhtml} shows them. */
    static final int QUEUE_ROWS = 20;

    @Inject
    CounselorDesk desk;

    @Inject
    CounselorCases cases;

    @Inject
    CrisisDesk crisisDesk;

    @Inject
    Cosignatures cosignatures;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private CounselorDesk.Desk shown;
    private HashMap<Long, Long> unreadOfCases;
    private QueueModel queue;
    private final QueueFilterForm filter = new QueueFilterForm();
    private final HashMap<Long, String> outcomes = new HashMap<>();
    private final HashMap<String, String> reasons = new HashMap<>();
    private final HashMap<String, Long> assignees = new HashMap<>();

    /** The whole desk in one boundary call; the queue's later pages and sorts ask for their own. */
    @PostConstruct
    void load() {
        show(desk.open(signedIn.as(Role.COUNSELOR), filter.toFilter(), QUEUE_ROWS));
        queue = new QueueModel(this::page, shown.firstPage(), QUEUE_ROWS);
    }

    /**
     * The desk anew, when its news poll heard of something (see {@code live.js}): in one boundary call, the queue
     * staying on its page, in its sort and under its filter.
     */
    public void refresh() {
        show(desk.open(signedIn.as(Role.COUNSELOR), filter.toFilter(), QUEUE_ROWS));
        queue.reopened(shown.firstPage());
        // a crisis shows at once; the rest waits while the counselor is typing in it (live.js says so), never losing a word
        boolean typing = Boolean.parseBoolean(Faces.getRequestParameter("typing"));
        PrimeFaces.current().ajax().update(typing ? List.of("crisis-live") : List.of("crisis-live", "desk-top", "desk-queue"));
    }

    private void show(CounselorDesk.Desk opened) {
        shown = opened;
        unreadOfCases = new HashMap<>();
        opened.conversationOfCase().forEach((caseId, conversation) ->
                unreadOfCases.put(caseId, opened.unreadOfConversation().getOrDefault(conversation, 0L)));
    }

    /** The edition of the news the desk shows, for its live poll. */
    public String getEdition() {
        return shown.edition();
    }

    /**
     * The conversation of each of the counselor's cases that has one, by case, for the links to them. A map rather than
     * a method taking the case: the page asks it on each of up to 150 rows, and EL finds a method by copying all the
     * bean's methods on every call (docs/performance.md).
     */
    public Map<Long, Long> getConversationOfCases() {
        return shown.conversationOfCase();
    }

    /** How many of the student's messages in the conversation of each of the counselor's cases they have not read, by case. */
    public Map<Long, Long> getUnreadOfCases() {
        return unreadOfCases;
    }

    private DeskQueue.Page page(DeskQueue.Order order, int first, int size) {
        return desk.queue(signedIn.as(Role.COUNSELOR), filter.toFilter(), order, first, size);
    }

    /** Shows the queue anew with the filter as the counselor set it; the page stays where it is. */
    public void applyFilter() {
        queue.refilter();
    }

    public void take(QueueItem item) throws IOException {
        if (item.isRequest()) {
            takeRequest(item.id());
        } else {
            done(desk.takeUp(signedIn.as(Role.COUNSELOR), item.id()).map(ReferralSummary::studentName),
                    "counseling.desk.referralTaken");
        }
    }

    /** Takes up a waiting request, from its row in the queue or from a crisis alert about it. */
    public void takeRequest(long requestId) throws IOException {
        done(desk.accept(signedIn.as(Role.COUNSELOR), requestId).map(RequestSummary::studentName), "counseling.desk.accepted");
    }

    /** Triage to a colleague, who then has the case. */
    public void assign(QueueItem item) throws IOException {
        Long colleague = assignees.get(item.key());
        if (colleague == null) {
            Messages.addGlobalError(PageText.of("case.handOver.choose"));
            return;
        }
        done(desk.assign(signedIn.as(Role.COUNSELOR), item.kind(), item.id(), colleague), "counseling.desk.assigned");
    }

    public void decline(QueueItem item) throws IOException {
        String reason = reasons.get(item.key());
        if (reason == null || reason.isBlank() || reason.strip().length() > CounselingRequest.DECLINE_REASON_LENGTH) {
            // at the row's reason field, which the message then describes (read out, and marked invalid)
            UIComponent decline = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
            Messages.addError(decline.findComponent("reason").getClientId(), PageText.of("counseling.desk.reasonRequired"));
            return;
        }
        done(desk.decline(signedIn.as(Role.COUNSELOR), item.id(), reason).map(RequestSummary::studentName),
                "counseling.desk.declined");
    }

    /** Co-signs a school admin's request for a student's whole file: the admin may download it for a day. */
    public void cosign(long requestId) throws IOException {
        answered(() -> cosignatures.cosign(signedIn.as(Role.COUNSELOR), requestId), "privacy.cosign.cosigned");
    }

    /** Refuses it: the admin keeps the file without written words. */
    public void refuseCosign(long requestId) throws IOException {
        answered(() -> cosignatures.refuse(signedIn.as(Role.COUNSELOR), requestId), "privacy.cosign.refused");
    }

    private void answered(Supplier<Cosignatures.Waiting> answer, String doneKey) throws IOException {
        try {
            Messages.addFlashGlobalInfo(PageText.of(doneKey, answer.get().studentName()));
        } catch (NotPossible refused) {
            Messages.addFlashGlobalInfo(PageText.of(refused.textKey()));
        }
        Faces.redirect(PAGE);
    }

    /** The counselor has seen a crisis notice. */
    public void seen(long noticeId) throws IOException {
        crisisDesk.seen(signedIn.as(Role.COUNSELOR), noticeId);
        Faces.redirect(PAGE);
    }

    public void activate(long caseId) throws IOException {
        done(cases.activate(signedIn.as(Role.COUNSELOR), caseId).map(CaseSummary::studentName), "counseling.case.moved");
    }

    public void waitFor(long caseId) throws IOException {
        done(cases.waitFor(signedIn.as(Role.COUNSELOR), caseId).map(CaseSummary::studentName), "counseling.case.moved");
    }

    public void close(long caseId) throws IOException {
        String outcome = outcomes.get(caseId);
        if (outcome == null || outcome.isBlank() || outcome.strip().length() > CounselingCase.OUTCOME_LENGTH) {
            Messages.addGlobalError(PageText.of("counseling.case.outcomeRequired"));
            return;
        }
        done(cases.close(signedIn.as(Role.COUNSELOR), caseId, outcome).map(CaseSummary::studentName), "counseling.case.closed");
    }

    /** Tells the counselor what happened to whom, or that it was no longer waiting, and shows the desk again. */
    private void done(Optional<String> studentName, String doneKey) throws IOException {
        Messages.addFlashGlobalInfo(studentName.map(name -> PageText.of(doneKey, name))
                .orElseGet(() -> PageText.of("counseling.desk.gone")));
        Faces.redirect(PAGE);
    }

    /** When it came, in Jakarta time where most schools are (the school's own zone comes with its settings). */
    public String time(Instant when) {
        return schoolTime.toMinute(when);
    }

    public List<ServiceField> getFields() {
        return List.of(ServiceField.values());
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<QueueStatus> getStatuses() {
        return List.of(QueueStatus.values());
    }

    public List<CounselorDesk.Course> getCourses() {
        return shown.courses();
    }

    public long count(QueueStatus status) {
        return shown.counts().getOrDefault(status, 0L);
    }

    public int getQueueRows() {
        return QUEUE_ROWS;
    }

    public QueueModel getQueue() {
        return queue;
    }

    public QueueFilterForm getFilter() {
        return filter;
    }

    public CrisisDesk.Crises getCrises() {
        return shown.crises();
    }

    public List<CaseSummary> getMyCases() {
        return shown.myCases();
    }

    public List<CaseFile.FollowUp> getFollowUps() {
        return shown.followUps();
    }

    public List<CaseSummary> getRecentlyClosed() {
        return shown.recentlyClosed();
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public List<CounselorCases.Colleague> getColleagues() {
        return shown.colleagues();
    }

    public List<Cosignatures.Waiting> getCosignatures() {
        return shown.cosignatures();
    }

    public Map<String, Long> getAssignees() {
        return assignees;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
