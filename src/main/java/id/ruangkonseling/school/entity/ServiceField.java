package id.ruangkonseling.school.entity;

/**
 * The four service fields of guidance and counseling (bidang layanan BK). Shared by requests and
 * referrals, which is why it lives with the school and not in either component.
 */
public enum ServiceField {
    PERSONAL,
    SOCIAL,
    LEARNING,
    CAREER
}
