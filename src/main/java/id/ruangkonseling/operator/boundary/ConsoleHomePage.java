package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.school.control.SchoolDirectory.SchoolSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /operator/}: every school the service knows, with its LMS registration. */
@Named
@RequestScoped
public class ConsoleHomePage {

    @Inject
    OperatorConsole console;

    private List<SchoolSummary> schools;

    @PostConstruct
    void load() {
        schools = console.schools();
    }

    public List<SchoolSummary> getSchools() {
        return schools;
    }
}
