package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.control.NeedsProfile;
import id.ruangkonseling.platform.control.SmallCount;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code /admin/needs}: per course how many answered and the share of each service field; a course where
 * 1 to 4 answered shows "< 5" and no shares, so that no student can be recognised in them.
 */
@Named
@RequestScoped
public class AdminNeedsPage {

    @Inject
    NeedsCounts counts;

    @Inject
    SignedInMember signedIn;

    private List<Row> rows;

    /** One course as the admin reads it; {@code shares} empty when its count is suppressed. */
    public record Row(String courseTitle, SmallCount answered, SmallCount students, List<Long> shares) {
    }

    /** View action. */
    public void load() {
        rows = counts.ofSchool(signedIn.as(Role.SCHOOL_ADMIN)).stream().map(summary -> {
            SmallCount answered = new SmallCount(summary.profile().answered());
            List<Long> shares = answered.suppressed() ? List.of() : getFields().stream()
                    .map(field -> NeedsProfile.percent(summary.profile().fields().get(field))).toList();
            return new Row(summary.courseTitle(), answered, new SmallCount(summary.students()), shares);
        }).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ServiceField> getFields() {
        return List.of(ServiceField.values());
    }
}
