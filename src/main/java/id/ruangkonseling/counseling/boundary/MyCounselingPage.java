package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the student's home, {@code /student/}: their counseling requests and where each stands, in plain words. */
@Named
@RequestScoped
public class MyCounselingPage {

    @Inject
    StudentRequests requests;

    @Inject
    SignedInMember signedIn;

    private List<RequestSummary> mine;

    @PostConstruct
    void load() {
        mine = requests.mine(signedIn.as(Role.STUDENT));
    }

    public List<RequestSummary> getRequests() {
        return mine;
    }
}
