-- A school admin's request for a student's whole file, content included: it needs a counselor of the
-- school to co-sign the admin's written reason (encrypted here, never copied into the audit trail).
-- answer is ASKED until the counselor co-signs or refuses; a co-signed request opens the file for a day.

CREATE TABLE export_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id    BIGINT      NOT NULL,
    student_id   BIGINT      NOT NULL,
    admin_id     BIGINT      NOT NULL,
    counselor_id BIGINT      NOT NULL,
    reason       TEXT        NOT NULL,
    answer       VARCHAR(10) NOT NULL,
    asked_at     DATETIME(6) NOT NULL,
    answered_at  DATETIME(6),
    CONSTRAINT fk_export_request_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_export_request_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT fk_export_request_admin FOREIGN KEY (admin_id) REFERENCES school_member (id),
    CONSTRAINT fk_export_request_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id)
);

CREATE INDEX ix_export_request_counselor ON export_request (counselor_id, answer);
CREATE INDEX ix_export_request_student ON export_request (student_id, asked_at);
