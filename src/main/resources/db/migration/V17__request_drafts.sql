-- What a student has typed into the request form so far, saved as they type: a session that times out
-- or a closed tab loses nothing. One draft per student; sending the request removes it.

CREATE TABLE request_draft (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT      NOT NULL,
    student_id    BIGINT      NOT NULL,
    service_field VARCHAR(16),
    about         TEXT,
    urgency       VARCHAR(16),
    contact_mode  VARCHAR(16),
    availability  TEXT,
    saved_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_request_draft_student UNIQUE (student_id),
    CONSTRAINT fk_draft_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_draft_student FOREIGN KEY (student_id) REFERENCES school_member (id)
);
