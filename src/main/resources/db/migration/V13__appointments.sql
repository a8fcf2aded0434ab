-- Counselors' weekly times for appointments (jadwal) and the appointments (janji temu) booked in them.
-- A booked time is held by slot_hold = TRUE; a cancelled appointment sets it to NULL. The unique key on
-- (counselor, start, hold) therefore refuses a second appointment at a held time, also when two
-- bookings race, while any number of cancelled ones may share it (unique keys allow many NULLs on H2
-- and MySQL/MariaDB alike).

CREATE TABLE availability_slot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id      BIGINT      NOT NULL,
    counselor_id   BIGINT      NOT NULL,
    day_of_week    VARCHAR(9)  NOT NULL,
    start_time     TIME        NOT NULL,
    length_minutes INT         NOT NULL,
    modes          VARCHAR(64) NOT NULL,
    active         BOOLEAN     NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    removed_at     DATETIME(6),
    CONSTRAINT fk_slot_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_slot_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id)
);

CREATE INDEX ix_slot_school_active ON availability_slot (school_id, active);

CREATE TABLE appointment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id          BIGINT      NOT NULL,
    student_id         BIGINT      NOT NULL,
    counselor_id       BIGINT      NOT NULL,
    counseling_case_id BIGINT,
    starts_at          DATETIME(6) NOT NULL,
    ends_at            DATETIME(6) NOT NULL,
    contact_mode       VARCHAR(16) NOT NULL,
    status             VARCHAR(16) NOT NULL,
    slot_hold          BOOLEAN,
    booked_at          DATETIME(6) NOT NULL,
    changed_at         DATETIME(6) NOT NULL,
    revision           INT         NOT NULL,
    cancel_reason      TEXT,
    cancelled_by       BIGINT,
    reschedule_reason  TEXT,
    rescheduled_by     BIGINT,
    CONSTRAINT uq_appointment_held_time UNIQUE (counselor_id, starts_at, slot_hold),
    CONSTRAINT fk_appointment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_appointment_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT fk_appointment_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id),
    CONSTRAINT fk_appointment_case FOREIGN KEY (counseling_case_id) REFERENCES counseling_case (id),
    CONSTRAINT fk_appointment_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES school_member (id),
    CONSTRAINT fk_appointment_rescheduled_by FOREIGN KEY (rescheduled_by) REFERENCES school_member (id)
);

CREATE INDEX ix_appointment_student ON appointment (student_id, starts_at);
CREATE INDEX ix_appointment_school_start ON appointment (school_id, starts_at);
