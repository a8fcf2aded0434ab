-- The audit trail: who did what, as which role, when (UTC), from which launch. Append-only: the
-- application only ever inserts here (the README shows the grants that make that so on MySQL/MariaDB).
-- It never holds a message body or a note: subject ids and a short reason code at most.

CREATE TABLE audit_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    school_id     BIGINT,
    actor_id      BIGINT,
    actor_role    VARCHAR(32)  NOT NULL,
    launch_ref    VARCHAR(64),
    action        VARCHAR(64)  NOT NULL,
    subject_type  VARCHAR(32),
    subject_id    VARCHAR(191),
    detail        VARCHAR(255)
);

CREATE INDEX ix_audit_school_time ON audit_entry (school_id, occurred_at);
