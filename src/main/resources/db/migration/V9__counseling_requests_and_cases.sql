-- Counseling requests (permohonan konseling) and the cases (kasus) counselors work. What a student
-- writes (about, availability) stays in the school's rows; issue #6 encrypts it at rest.

CREATE TABLE counseling_case (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT      NOT NULL,
    student_id    BIGINT      NOT NULL,
    counselor_id  BIGINT      NOT NULL,
    status        VARCHAR(16) NOT NULL,
    opened_at     DATETIME(6) NOT NULL,
    changed_at    DATETIME(6) NOT NULL,
    outcome       TEXT,
    CONSTRAINT fk_case_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_case_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT fk_case_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id)
);

CREATE INDEX ix_case_school_status ON counseling_case (school_id, status);

CREATE TABLE counseling_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id          BIGINT      NOT NULL,
    student_id         BIGINT      NOT NULL,
    service_field      VARCHAR(16) NOT NULL,
    about              TEXT        NOT NULL,
    urgency            VARCHAR(16) NOT NULL,
    contact_mode       VARCHAR(16) NOT NULL,
    availability       VARCHAR(500),
    status             VARCHAR(16) NOT NULL,
    submitted_at       DATETIME(6) NOT NULL,
    decided_at         DATETIME(6),
    counseling_case_id BIGINT,
    decline_reason     TEXT,
    CONSTRAINT fk_request_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_request_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT fk_request_case FOREIGN KEY (counseling_case_id) REFERENCES counseling_case (id)
);

CREATE INDEX ix_request_school_status ON counseling_request (school_id, status);
