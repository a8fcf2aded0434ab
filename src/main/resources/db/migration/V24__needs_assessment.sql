-- The needs assessment (angket kebutuhan peserta didik, AKPD). A school's questionnaire is its items
-- (copied from the shipped set on first use, then edited by its counselors; removing one deactivates
-- it, so that old rounds keep their wording). A round runs the items active when it opened in one
-- course; a student's answer in it (the items they said yes to, the ones they want to talk about, and
-- their note) is encrypted at rest; it is saved as a draft while they answer and counts once they sent it
-- (submitted_at).

CREATE TABLE needs_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT       NOT NULL,
    service_field VARCHAR(10)  NOT NULL,
    text_id       VARCHAR(300) NOT NULL,
    text_en       VARCHAR(300) NOT NULL,
    item_order    INT          NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT fk_needs_item_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE INDEX ix_needs_item_school ON needs_item (school_id, item_order);

CREATE TABLE needs_round (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id  BIGINT      NOT NULL,
    course_id  BIGINT      NOT NULL,
    item_ids   TEXT        NOT NULL,
    opened_at  DATETIME(6) NOT NULL,
    closed_at  DATETIME(6),
    CONSTRAINT fk_needs_round_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_needs_round_course FOREIGN KEY (course_id) REFERENCES course_context (id)
);

CREATE INDEX ix_needs_round_course ON needs_round (course_id, opened_at);

CREATE TABLE needs_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id   BIGINT      NOT NULL,
    round_id    BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    choices     TEXT        NOT NULL,
    note        TEXT,
    unnamed     BOOLEAN     NOT NULL,
    saved_at    DATETIME(6) NOT NULL,
    submitted_at DATETIME(6),
    request_id  BIGINT,
    CONSTRAINT fk_needs_answer_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_needs_answer_round FOREIGN KEY (round_id) REFERENCES needs_round (id),
    CONSTRAINT fk_needs_answer_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT uq_needs_answer_student UNIQUE (round_id, student_id)
);

CREATE INDEX ix_needs_answer_student ON needs_answer (student_id);
