-- Pseudonymous requests (issue #6): a student may stay unnamed to counselors. The pseudonym is the
-- student's, per school and for good (the same code for all their unnamed requests), so it lives with
-- safeguarding, beside the member, not in a request: revealed_at is set while counselors may see the name.
-- Which request, case and conversation were made unnamed is a flag on each of them.

CREATE TABLE pseudonym (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id   BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    code        VARCHAR(4)  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    revealed_at DATETIME(6),
    CONSTRAINT uq_pseudonym_student UNIQUE (student_id),
    CONSTRAINT uq_pseudonym_code UNIQUE (school_id, code),
    CONSTRAINT fk_pseudonym_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_pseudonym_student FOREIGN KEY (student_id) REFERENCES school_member (id)
);

-- Each time a name was revealed: by the student (no counselor, no reason) or by a counselor's
-- break-glass, whose written reason is encrypted here and never copied into the audit trail.
CREATE TABLE identity_reveal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id    BIGINT      NOT NULL,
    pseudonym_id BIGINT      NOT NULL,
    counselor_id BIGINT,
    case_id      BIGINT,
    reason       TEXT,
    revealed_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_reveal_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_reveal_pseudonym FOREIGN KEY (pseudonym_id) REFERENCES pseudonym (id),
    CONSTRAINT fk_reveal_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id)
);

CREATE INDEX ix_reveal_school ON identity_reveal (school_id, revealed_at);

ALTER TABLE counseling_request ADD COLUMN unnamed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE counseling_case ADD COLUMN unnamed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE conversation ADD COLUMN unnamed BOOLEAN NOT NULL DEFAULT FALSE;
