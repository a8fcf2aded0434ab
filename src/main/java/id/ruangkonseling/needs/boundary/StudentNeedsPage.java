package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.boundary.StudentNeeds.Current;
import id.ruangkonseling.needs.boundary.StudentNeeds.Item;
import id.ruangkonseling.platform.boundary.LanguageSelection;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /student/needs?course=}: the questionnaire of the course whose link the student opened, grouped
 * by service field, with their own answer; {@code needs.js} saves it as they answer. Another course is "not found".
 */
@Named
@RequestScoped
public class StudentNeedsPage {

    @Inject
    StudentNeeds needs;

    @Inject
    NeedsVisit visit;

    @Inject
    SignedInMember signedIn;

    @Inject
    LanguageSelection language;

    private String course;
    private Current current;

    /** The items of one service field. */
    public record Group(ServiceField field, List<Item> items) {
    }

    /** View action: reads the round (opening it at the course's first visit) and remembers the course for the API. */
    public void load() throws IOException {
        NeedsPages.read(() -> {
            long courseId = NeedsPages.id(course);
            current = needs.current(signedIn.as(Role.STUDENT), courseId, language.getLocale());
            visit.opened(courseId);
        });
    }

    public List<Group> getGroups() {
        return Arrays.stream(ServiceField.values())
                .map(field -> new Group(field, current.items().stream().filter(item -> item.field() == field).toList()))
                .filter(group -> !group.items().isEmpty()).toList();
    }

    public boolean yes(long itemId) {
        return current.choices().yes().contains(itemId);
    }

    public boolean talk(long itemId) {
        return current.choices().talk().contains(itemId);
    }

    public Current getCurrent() {
        return current;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
