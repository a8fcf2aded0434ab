package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.TimelineEntry;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.safeguarding.entity.IdentityReveal;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the case page, {@code /counselor/case?id=}: the case's story, its private notes and the steps
 * its status allows — work on it, wait, close with an outcome, reopen, hand it to a colleague — and, while the
 * student stays unnamed, the break-glass reveal of their name. A case
 * that is not this counselor's is "not found", like a missing one.
 */
@Named
@RequestScoped
public class CasePage {


    @Inject
    CaseFile caseFile;

    @Inject
    CounselorCases cases;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    @Inject
    ShownCase shown;

    private Long id;
    private Optional<CaseSummary> summary = Optional.empty();
    private CaseView view;
    private Long conversation;
    private List<CounselorCases.Colleague> colleagues;
    private NoteForm note;
    private String outcome;
    private Long colleague;
    private String revealReason;

    /**
     * The case's id comes with the address and with each of the page's forms. A form's post takes the case's
     * status from what the page showed (its steps decide which buttons were there to press); showing the page
     * reads it all, once.
     */
    @PostConstruct
    void find() {
        note = new NoteForm(LocalDate.now(schoolTime.zone()));
        try {
            id = Optional.ofNullable(Faces.getRequestParameter("id")).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notAnId) {
            id = null;
        }
        if (id != null && Faces.isPostback()) {
            Optional<CounselorCases.Steps> steps = shown.of(id);
            summary = steps.map(CounselorCases.Steps::summary);
            colleagues = steps.map(CounselorCases.Steps::colleagues).orElse(null);
        }
    }

    /** Before the page renders (also after a refused form): the whole case, read and audited, or a 404. */
    public void load() throws IOException {
        Optional<CaseFile.OpenCase> found = id == null ? Optional.empty() : caseFile.open(signedIn.as(Role.COUNSELOR), id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "no such case of this counselor");
            Faces.responseComplete();
            return;
        }
        view = found.get().view();
        summary = Optional.of(view.summary());
        conversation = found.get().conversation().orElse(null);
        colleagues = found.get().colleagues();
        shown.show(new CounselorCases.Steps(view.summary(), colleagues));
    }

    public void writeNote() throws IOException {
        if (!note.heldOnIsNotLater()) {
            Messages.addError("note:heldOn", PageText.of("case.note.invalid.heldOn"));
            Faces.validationFailed();
            return;
        }
        if (!note.followUpIsInOrder()) {
            Messages.addError("note:followUpOn", PageText.of("case.note.invalid.followUpOrder"));
            Faces.validationFailed();
            return;
        }
        done(caseFile.writeNote(signedIn.as(Role.COUNSELOR), id, note.content()), "case.note.written");
    }

    public void activate() throws IOException {
        done(cases.activate(signedIn.as(Role.COUNSELOR), id), "counseling.case.moved");
    }

    public void waitFor() throws IOException {
        done(cases.waitFor(signedIn.as(Role.COUNSELOR), id), "counseling.case.moved");
    }

    public void reopen() throws IOException {
        done(cases.reopen(signedIn.as(Role.COUNSELOR), id), "case.reopened");
    }

    public void close() throws IOException {
        if (outcome == null || outcome.isBlank() || outcome.strip().length() > CounselingCase.OUTCOME_LENGTH) {
            Messages.addError("steps:outcome", PageText.of("counseling.case.outcomeRequired"));
            Faces.validationFailed();
            return;
        }
        done(cases.close(signedIn.as(Role.COUNSELOR), id, outcome), "counseling.case.closed");
    }

    /** To a colleague; then the case leaves this counselor's desk, so the desk is where they land. */
    public void handOver() throws IOException {
        if (colleague == null) {
            Messages.addError("handover:colleague", PageText.of("case.handOver.choose"));
            Faces.validationFailed();
            return;
        }
        Optional<CaseSummary> handed = cases.handOver(signedIn.as(Role.COUNSELOR), id, colleague);
        Messages.addFlashGlobalInfo(handed.map(summary -> PageText.of("case.handedOver", summary.studentName()))
                .orElseGet(() -> PageText.of("counseling.desk.gone")));
        Faces.redirect("counselor/");
    }

    /**
     * Break-glass: reveals the hidden name for a written reason of at least {@link IdentityReveal#REASON_MIN}
     * characters; a shorter one is refused at the field, and what was typed stays.
     */
    public void breakGlass() throws IOException {
        String reason = Optional.ofNullable(revealReason).map(String::strip).orElse("");
        if (reason.length() < IdentityReveal.REASON_MIN || reason.length() > IdentityReveal.REASON_LENGTH) {
            Messages.addError("breakglass:reason", PageText.of("pseudonym.breakGlass.invalid"));
            return;
        }
        done(caseFile.breakGlass(signedIn.as(Role.COUNSELOR), id, reason), "pseudonym.breakGlass.done");
    }

    private void done(Optional<CaseSummary> changed, String doneKey) throws IOException {
        Messages.addFlashGlobalInfo(changed.map(summary -> PageText.of(doneKey, summary.studentName()))
                .orElseGet(() -> PageText.of("counseling.desk.gone")));
        Faces.redirect("counselor/case?id=%s", id);
    }

    public String time(Instant when) {
        return schoolTime.toMinute(when);
    }

    /** A timeline line's value as the page shows it: as written, named in the page's language, or a day written out. */
    public String shown(TimelineEntry.Line line) {
        return switch (line.shown()) {
            case WRITTEN -> line.value();
            case NAMED -> PageText.of(line.value());
            case DAY -> PageTime.day(LocalDate.parse(line.value()));
        };
    }

    /** When the student's words last escalated the case, for its crisis banner; empty when they never did. */
    public String getCrisisTime() {
        return view == null ? "" : view.crisisAt().map(this::time).orElse("");
    }

    public List<ContactMode> getModes() {
        return List.of(ContactMode.values());
    }

    public CaseView getView() {
        return view;
    }

    /** The colleagues the case can be handed to. */
    public List<CounselorCases.Colleague> getColleagues() {
        return colleagues == null ? List.of() : colleagues;
    }

    /** The case's conversation, for the chat panel; {@code null} when it has none (a case opened from a referral). */
    public Long getConversation() {
        return conversation;
    }

    public NoteForm getNote() {
        return note;
    }

    public Long getId() {
        return id;
    }

    /** The case's status and the steps it allows; empty when there is no such case of this counselor. */
    public CaseSummary getSummary() {
        return summary.orElse(null);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }

    public Long getColleague() {
        return colleague;
    }

    public void setColleague(Long colleague) {
        this.colleague = colleague;
    }
}
