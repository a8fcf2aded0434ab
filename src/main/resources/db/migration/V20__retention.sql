-- Retention and the student's rights (issue #6, UU PDP No. 27/2022): each school's retention policy (how
-- long closed cases are kept after the student leaves, and after how many months without a launch a
-- student counts as left), the day its daily purge last ran (the row is locked while a purge runs, so
-- two instances never purge one school at once), and the day a school admin marked a student as left.

CREATE TABLE retention_policy (
    school_id          BIGINT      NOT NULL PRIMARY KEY,
    keep_years         INT         NOT NULL,
    left_after_months  INT         NOT NULL,
    last_purge_on      DATE,
    last_purged_at     DATETIME(6),
    CONSTRAINT fk_retention_school FOREIGN KEY (school_id) REFERENCES school (id)
);

ALTER TABLE school_member ADD COLUMN left_at DATETIME(6);
