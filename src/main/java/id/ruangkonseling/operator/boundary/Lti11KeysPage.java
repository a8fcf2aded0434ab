package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.lti.boundary.LtiPaths;
import id.ruangkonseling.lti.control.Lti11Consumers.ConsumerListing;
import id.ruangkonseling.lti.control.Lti11Consumers.IssuedKey;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /operator/lti11}: issues a consumer key and secret for a school whose Moodle speaks only
 * LTI 1.1, shows the secret once with the tool URL to paste, and lists the keys the tool accepts.
 */
@Named
@RequestScoped
public class Lti11KeysPage {

    @Inject
    OperatorConsole console;

    @Inject
    PublicUrl publicUrl;

    private String schoolName;
    private IssuedKey issued;
    private List<ConsumerListing> keys;

    @PostConstruct
    void load() {
        keys = console.lti11Keys();
    }

    public void issue() {
        issued = console.issueLti11Key(schoolName);
        keys = console.lti11Keys();
    }

    /** The tool URL an LTI 1.1 external tool in Moodle posts its launches to. */
    public String getToolUrl() {
        return publicUrl.resolve(RequestAddress.of(Faces.getRequest()), LtiPaths.LAUNCH).toString();
    }

    /** The key's school, or that it gets one on its first launch (a key declared by configuration). */
    public String school(ConsumerListing key) {
        return key.schoolName().orElseGet(() -> PageText.of("operator.lti11.noSchoolYet"));
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public IssuedKey getIssued() {
        return issued;
    }

    public List<ConsumerListing> getKeys() {
        return keys;
    }
}
