-- Crisis escalation (issue #6): each school's changes to the shipped crisis lexicon (phrases it adds,
-- shipped phrases it turns off), the help contacts a student in crisis is shown, the counselor on duty,
-- the crisis flag of requests and cases (when, and from which kind of text: never the text or the
-- phrase), and the in-app notice each alerted counselor keeps until they have seen it.

CREATE TABLE crisis_phrase (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id   BIGINT       NOT NULL,
    phrase      VARCHAR(200) NOT NULL,
    listed      BOOLEAN      NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_crisis_phrase UNIQUE (school_id, phrase),
    CONSTRAINT fk_crisis_phrase_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE help_contact (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id   BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    reach       VARCHAR(200) NOT NULL,
    added_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_help_contact_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE INDEX ix_help_contact_school ON help_contact (school_id);

CREATE TABLE crisis_duty (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT      NOT NULL,
    counselor_id  BIGINT      NOT NULL,
    since         DATETIME(6) NOT NULL,
    CONSTRAINT uq_crisis_duty_school UNIQUE (school_id),
    CONSTRAINT fk_crisis_duty_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_crisis_duty_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id)
);

ALTER TABLE counseling_request ADD COLUMN crisis_at DATETIME(6);
ALTER TABLE counseling_request ADD COLUMN crisis_source VARCHAR(16);
ALTER TABLE counseling_case ADD COLUMN crisis_at DATETIME(6);
ALTER TABLE counseling_case ADD COLUMN crisis_source VARCHAR(16);

CREATE TABLE crisis_notice (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT      NOT NULL,
    counselor_id  BIGINT      NOT NULL,
    request_id    BIGINT,
    case_id       BIGINT,
    crisis_source VARCHAR(16) NOT NULL,
    raised_at     DATETIME(6) NOT NULL,
    seen_at       DATETIME(6),
    CONSTRAINT fk_crisis_notice_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_crisis_notice_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id),
    CONSTRAINT fk_crisis_notice_request FOREIGN KEY (request_id) REFERENCES counseling_request (id),
    CONSTRAINT fk_crisis_notice_case FOREIGN KEY (case_id) REFERENCES counseling_case (id)
);

CREATE INDEX ix_crisis_notice_counselor ON crisis_notice (counselor_id, seen_at);
