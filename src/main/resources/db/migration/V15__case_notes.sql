-- Case notes (catatan konseling): the counselor's private, structured record of each session, read
-- only by counselors. A note is never changed after it is written; a correction is a new note.

CREATE TABLE case_note (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id    BIGINT      NOT NULL,
    case_id      BIGINT      NOT NULL,
    author_id    BIGINT      NOT NULL,
    held_on      DATE        NOT NULL,
    contact_mode VARCHAR(16) NOT NULL,
    summary      TEXT        NOT NULL,
    plan         TEXT,
    follow_up_on DATE,
    written_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_note_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_note_case FOREIGN KEY (case_id) REFERENCES counseling_case (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_id) REFERENCES school_member (id)
);

CREATE INDEX ix_note_case ON case_note (case_id);
CREATE INDEX ix_note_follow_up ON case_note (school_id, follow_up_on);

-- A case's own audit trail (its status changes, hand-overs and reads) is read by the case page.
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);
