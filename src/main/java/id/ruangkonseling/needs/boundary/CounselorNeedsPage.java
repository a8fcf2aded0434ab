package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.boundary.CounselorNeeds.CourseNeeds;
import id.ruangkonseling.needs.control.NeedsProfile;
import id.ruangkonseling.needs.control.NeedsProfile.ItemShare;
import id.ruangkonseling.needs.control.RoundProfile.Summary;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Backs {@code /counselor/needs}: the needs profiles of the school's courses, or with {@code ?course=} one
 * course's profile — fields charted, items ranked, who asked to talk, each one click from a request on the desk.
 */
@Named
@RequestScoped
public class CounselorNeedsPage {

    @Inject
    CounselorNeeds needs;

    @Inject
    SignedInMember signedIn;

    @Inject
    LanguageSelection language;

    private String course;
    private List<Summary> profiles;
    private CourseNeeds courseNeeds;

    /** An item's line in the ranked table. */
    public record RankedItem(int rank, String text, ServiceField field, long yes, long percent) {
    }

    /** A postback's forms go to the page's own address ({@code useRequestURI}): its course is known before they decode. */
    @PostConstruct
    void courseOfTheAddress() {
        course = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("course");
    }

    /**
     * View action: one audited read of what the page shows, so that a course that is not there is "not found"
     * before anything renders. A postback reads it once too, when its buttons are looked for.
     */
    public void load() throws IOException {
        NeedsPages.read(() -> {
            if (isOneCourse()) {
                getCourseNeeds();
            } else {
                getProfiles();
            }
        });
    }

    public boolean isOneCourse() {
        return course != null && !course.isEmpty();
    }

    public String takeUp(long answerId) {
        needs.takeUp(signedIn.as(Role.COUNSELOR), answerId);
        return again();
    }

    public String openOrClose() {
        needs.openOrClose(signedIn.as(Role.COUNSELOR), NeedsPages.id(course));
        return again();
    }

    private String again() {
        return "/counselor/needs?faces-redirect=true&course=" + NeedsPages.id(course);
    }

    public List<RankedItem> getRanked() {
        Map<Long, NeedsItem> items = getCourseNeeds().summary().items().stream().collect(Collectors.toMap(NeedsItem::id, Function.identity()));
        List<ItemShare> shares = getCourseNeeds().summary().profile().items();
        return IntStream.range(0, shares.size()).mapToObj(i -> new RankedItem(i + 1,
                items.get(shares.get(i).itemId()).text(language.getLocale()), shares.get(i).field(), shares.get(i).yes(),
                NeedsProfile.percent(shares.get(i).share()))).toList();
    }

    /** A share as a whole percentage. */
    public long percent(double share) {
        return NeedsProfile.percent(share);
    }

    public List<Summary> getProfiles() {
        if (profiles == null) {
            profiles = needs.profiles(signedIn.as(Role.COUNSELOR));
        }
        return profiles;
    }

    public CourseNeeds getCourseNeeds() {
        if (courseNeeds == null) {
            courseNeeds = needs.course(signedIn.as(Role.COUNSELOR), NeedsPages.id(course), language.getLocale());
        }
        return courseNeeds;
    }

    public List<ServiceField> getFields() {
        return List.of(ServiceField.values());
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
