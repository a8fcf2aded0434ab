package id.ruangkonseling.safeguarding.entity;

import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Where a student in crisis can get help, as the school wrote it: who ("Guru BK piket") and how to reach them. */
@Entity
@Table(name = "help_contact")
public class HelpContact extends SchoolScoped {

    public static final int NAME_LENGTH = 120;
    public static final int REACH_LENGTH = 200;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "reach", nullable = false, updatable = false)
    private String reach;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected HelpContact() {
        // for JPA
    }

    public HelpContact(School school, String name, String reach, Instant now) {
        super(school);
        this.name = Text.required(name, "name", NAME_LENGTH);
        this.reach = Text.required(reach, "reach", REACH_LENGTH);
        this.addedAt = Objects.requireNonNull(now, "now");
    }

    public String name() {
        return name;
    }

    public String reach() {
        return reach;
    }
}
