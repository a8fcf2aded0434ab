package id.ruangkonseling.school.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolZone;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs the school admin's home, {@code /admin/}: where each of their pages is, and the school's time zone. */
@Named
@RequestScoped
public class AdminHomePage {

    @Inject
    SchoolSettings settings;

    @Inject
    SignedInMember signedIn;

    private SchoolZone zone;

    @PostConstruct
    void load() {
        zone = settings.zone(signedIn.as(Role.SCHOOL_ADMIN)).orElse(null);
    }

    public void saveZone() throws IOException {
        settings.moveTo(signedIn.as(Role.SCHOOL_ADMIN), zone);
        Messages.addFlashGlobalInfo(PageText.of("admin.zone.saved", PageText.of("admin.zone." + zone.name())));
        Faces.redirect("admin/");
    }

    public List<SchoolZone> getZones() {
        return List.of(SchoolZone.values());
    }

    public SchoolZone getZone() {
        return zone;
    }

    public void setZone(SchoolZone zone) {
        this.zone = zone;
    }
}
