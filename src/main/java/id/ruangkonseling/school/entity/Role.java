package id.ruangkonseling.school.entity;

/** What a member may do in their school. A member can hold several roles. */
public enum Role {
    STUDENT,
    TEACHER,
    COUNSELOR,
    SCHOOL_ADMIN
}
