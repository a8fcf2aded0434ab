package id.ruangkonseling.school.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * Something that belongs to exactly one school, for good: the tenant column ({@code school_id}) that
 * every lookup filters on, so that no school ever sees another school's data.
 */
@MappedSuperclass
public abstract class SchoolScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    protected SchoolScoped() {
        // for JPA
    }

    protected SchoolScoped(School school) {
        this.school = Objects.requireNonNull(school, "school");
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }
}
