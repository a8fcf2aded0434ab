-- Course rosters (LTI Names and Role Provisioning 2.0): where each course's membership is served, and
-- which teachers launched from which course, so that a teacher sees only their own courses' rosters.

ALTER TABLE course_context ADD COLUMN memberships_url VARCHAR(1000);

CREATE TABLE course_teacher (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id      BIGINT      NOT NULL,
    course_id      BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    last_launch_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_course_teacher UNIQUE (course_id, member_id),
    CONSTRAINT fk_course_teacher_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_course_teacher_course FOREIGN KEY (course_id) REFERENCES course_context (id),
    CONSTRAINT fk_course_teacher_member FOREIGN KEY (member_id) REFERENCES school_member (id)
);
