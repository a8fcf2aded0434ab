package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.privacy.boundary.StudentRights.Deletion;
import id.ruangkonseling.safeguarding.entity.ExportRequest;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/student-data}: the school admin finds a student by name ({@code q}), chooses one
 * ({@code id}), downloads their file (without written words, unless a counselor co-signed the admin's request
 * for it, which is asked here), marks them as left, or deletes their data on request after typing their name to
 * confirm.
 */
@Named
@RequestScoped
public class StudentDataPage {

    private static final String PAGE = "admin/student-data";

    @Inject
    StudentRights rights;

    @Inject
    CosignedExports exports;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private String search;
    private List<Member> students = List.of();
    private Optional<CosignedExports.Chosen> chosen = Optional.empty();
    private boolean chosenMissing;
    private String confirmation;
    private Long cosignCounselor;
    private String cosignReason;

    @PostConstruct
    void load() {
        search = Faces.getRequestParameter("q");
        if (search != null && !search.isBlank()) {
            students = rights.students(signedIn.as(Role.SCHOOL_ADMIN), search);
        }
        Optional<Long> id = Optional.ofNullable(Faces.getRequestParameter("id")).filter(text -> text.matches("\\d{1,18}"))
                .map(Long::valueOf);
        chosen = id.flatMap(memberId -> exports.forStudent(signedIn.as(Role.SCHOOL_ADMIN), memberId));
        chosenMissing = Faces.getRequestParameter("id") != null && chosen.isEmpty();
    }

    public void markLeft() throws IOException {
        Optional<Member> marked = chosen.flatMap(found -> rights.markLeft(signedIn.as(Role.SCHOOL_ADMIN), found.student().id()));
        Messages.addFlashGlobalInfo(marked.map(student -> PageText.of("admin.studentData.markedLeft", student.shownName()))
                .orElseGet(() -> PageText.of("admin.studentData.notFound")));
        Faces.redirect(address(marked.map(Member::id)));
    }

    /** Deletes on request; a wrong confirmation changes nothing and says so at the field, keeping what was typed. */
    public void delete() throws IOException {
        if (chosen.isEmpty()) {
            Messages.addFlashGlobalInfo(PageText.of("admin.studentData.notFound"));
            Faces.redirect(address(Optional.empty()));
            return;
        }
        Member student = chosen.get().student();
        String name = student.shownName();
        Deletion deletion = rights.delete(signedIn.as(Role.SCHOOL_ADMIN), student.id(), confirmation);
        switch (deletion.outcome()) {
            case NOT_CONFIRMED -> Messages.addError("erase:confirmation", PageText.of("admin.studentData.notConfirmed"));
            case NOT_FOUND -> {
                Messages.addFlashGlobalInfo(PageText.of("admin.studentData.notFound"));
                Faces.redirect(address(Optional.empty()));
            }
            case DELETED -> {
                Messages.addFlashGlobalInfo(PageText.of("admin.studentData.deleted", name, deletion.erased().cases(),
                        deletion.erased().messages()));
                Faces.redirect(address(Optional.empty()));
            }
        }
    }

    /**
     * Asks the chosen counselor to co-sign the admin's reason for the student's whole file; a reason too short or
     * no counselor chosen is refused at its field, keeping what was typed.
     */
    public void askCosign() throws IOException {
        if (chosen.isEmpty()) {
            Messages.addFlashGlobalInfo(PageText.of("admin.studentData.notFound"));
            Faces.redirect(address(Optional.empty()));
            return;
        }
        if (cosignCounselor == null) {
            Messages.addError("cosign:counselor", PageText.of("privacy.cosign.chooseCounselor"));
            return;
        }
        Member student = chosen.get().student();
        try {
            CosignedExports.Asked asked = exports.ask(signedIn.as(Role.SCHOOL_ADMIN), student.id(), cosignCounselor, cosignReason);
            Messages.addFlashGlobalInfo(PageText.of("privacy.cosign.asked", asked.counselorName()));
            Faces.redirect(address(Optional.of(student.id())));
        } catch (Invalid refused) {
            Messages.addError("cosign:" + refused.field(), PageText.of(refused.textKey(), refused.values()));
        }
    }

    private String address(Optional<Long> id) {
        String query = (search == null || search.isBlank() ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8))
                + id.map(value -> (search == null || search.isBlank() ? "" : "&") + "id=" + value).orElse("");
        return query.isEmpty() ? PAGE : PAGE + "?" + query;
    }

    /** The page with this student chosen, the search kept: a link of the result list. */
    public String link(Member student) {
        return Faces.getRequestContextPath() + "/" + address(Optional.of(student.id()));
    }

    public String lastSeen(Member student) {
        return schoolTime.toMinute(student.lastSeenAt());
    }

    public String leftAt(Member student) {
        return student.leftAt().map(schoolTime::toMinute).orElse("");
    }

    public String getSearch() {
        return search;
    }

    public List<Member> getStudents() {
        return students;
    }

    public Member getChosen() {
        return chosen.map(CosignedExports.Chosen::student).orElse(null);
    }

    public List<CosignedExports.Counselor> getCounselors() {
        return chosen.map(CosignedExports.Chosen::counselors).orElseGet(List::of);
    }

    public List<CosignedExports.Asked> getAsked() {
        return chosen.map(CosignedExports.Chosen::asked).orElseGet(List::of);
    }

    /** Where a request stands, in words: waiting, co-signed until when, refused, expired. */
    public String state(CosignedExports.Asked asked) {
        String key = "privacy.cosign.state." + asked.state().name();
        return asked.state() == ExportRequest.State.COSIGNED
                ? PageText.of(key, asked.counselorName(), schoolTime.toMinute(asked.openUntil().orElseThrow()))
                : PageText.of(key, asked.counselorName());
    }

    public String asked(CosignedExports.Asked asked) {
        return PageText.of("privacy.cosign.askedBy", asked.adminName(), schoolTime.toMinute(asked.askedAt()));
    }

    /** Whether a co-signature opens the student's whole file to the admin now: the download links then hold it. */
    public boolean isContentOpen() {
        return chosen.map(CosignedExports.Chosen::contentOpen).orElse(false);
    }

    public Long getCosignCounselor() {
        return cosignCounselor;
    }

    public void setCosignCounselor(Long cosignCounselor) {
        this.cosignCounselor = cosignCounselor;
    }

    public String getCosignReason() {
        return cosignReason;
    }

    public void setCosignReason(String cosignReason) {
        this.cosignReason = cosignReason;
    }

    public boolean isChosenMissing() {
        return chosenMissing;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
