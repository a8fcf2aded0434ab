package id.ruangkonseling.school.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
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
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/counselors}: the school admin finds a person and names them counselor (or takes
 * it back), and may name the school's BK course, whose instructors become counselors when they launch from it.
 */
@Named
@RequestScoped
public class CounselorsPage {

    private static final String PAGE = "admin/counselors";

    @Inject
    CounselorRoles counselorRoles;

    @Inject
    SignedInMember signedIn;

    private String search;
    private Long counselingCourseId;
    private List<Member> people;
    private List<CourseContext> courses;

    /** What the admin's school holds now, narrowed by the search ({@code q}) the page was opened with. */
    @PostConstruct
    void load() {
        search = Faces.getRequestParameter("q");
        CounselorRoles.People shown = counselorRoles.of(signedIn.as(Role.SCHOOL_ADMIN), Optional.ofNullable(search));
        people = shown.people();
        courses = shown.courses();
        counselingCourseId = shown.counselingCourseId().orElse(null);
    }

    public void appoint(long memberId) throws IOException {
        change(memberId, counselorRoles::appoint, "admin.counselors.appointed");
    }

    public void release(long memberId) throws IOException {
        change(memberId, counselorRoles::release, "admin.counselors.released");
    }

    public void saveCounselingCourse() throws IOException {
        boolean saved = counselorRoles.nameCounselingCourse(signedIn.as(Role.SCHOOL_ADMIN), Optional.ofNullable(counselingCourseId));
        Messages.addFlashGlobalInfo(PageText.of(saved ? "admin.counselors.courseSaved" : "admin.counselors.notFound"));
        Faces.redirect(PAGE);
    }

    private void change(long memberId, BiFunction<Caller, Long, Optional<Member>> action, String doneKey) throws IOException {
        Optional<Member> member = action.apply(signedIn.as(Role.SCHOOL_ADMIN), memberId);
        Messages.addFlashGlobalInfo(member.map(m -> PageText.of(doneKey, name(m)))
                .orElseGet(() -> PageText.of("admin.counselors.notFound")));
        Faces.redirect(search == null || search.isBlank() ? PAGE : PAGE + "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    }

    /** The name the LMS shares, or its id for the person when it shares none. */
    public String name(Member member) {
        return member.displayName().orElseGet(() -> PageText.of("admin.counselors.unnamed", member.subject()));
    }

    /** The member's roles in the page's language, e.g. "guru, guru BK". */
    public String roles(Member member) {
        return member.roles().stream().map(role -> PageText.of("role." + role.name())).collect(Collectors.joining(", "));
    }

    public boolean isCounselor(Member member) {
        return member.has(Role.COUNSELOR);
    }

    /** The course as people know it in the LMS: its title, else its short name, else its id there. */
    public String courseName(CourseContext course) {
        return course.shownTitle();
    }


    public String getSearch() {
        return search;
    }

    public Long getCounselingCourseId() {
        return counselingCourseId;
    }

    public void setCounselingCourseId(Long counselingCourseId) {
        this.counselingCourseId = counselingCourseId;
    }

    public List<Member> getPeople() {
        return people;
    }

    public List<CourseContext> getCourses() {
        return courses;
    }
}
