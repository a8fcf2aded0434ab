-- Referrals (rujukan, alih tangan kasus): a teacher refers a learner of their course to the school's
-- counselors. The student may never have launched the tool, so they are a school_member made from the
-- roster. case_id is the counseling case it was merged into, deliberately without a foreign key: the
-- referral component never depends on counseling's tables.

CREATE TABLE referral (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id         BIGINT      NOT NULL,
    teacher_id        BIGINT      NOT NULL,
    student_id        BIGINT      NOT NULL,
    course_id         BIGINT      NOT NULL,
    service_field     VARCHAR(16) NOT NULL,
    reason            TEXT        NOT NULL,
    observations      TEXT        NOT NULL,
    urgency           VARCHAR(16) NOT NULL,
    student_knows     VARCHAR(16) NOT NULL,
    status            VARCHAR(16) NOT NULL,
    received_at       DATETIME(6) NOT NULL,
    accepted_by       BIGINT,
    accepted_at       DATETIME(6),
    started_at        DATETIME(6),
    closed_at         DATETIME(6),
    case_id           BIGINT,
    CONSTRAINT fk_referral_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_referral_teacher FOREIGN KEY (teacher_id) REFERENCES school_member (id),
    CONSTRAINT fk_referral_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT fk_referral_course FOREIGN KEY (course_id) REFERENCES course_context (id),
    CONSTRAINT fk_referral_accepted_by FOREIGN KEY (accepted_by) REFERENCES school_member (id)
);

CREATE INDEX ix_referral_school_status ON referral (school_id, status);
CREATE INDEX ix_referral_teacher ON referral (teacher_id, received_at);
