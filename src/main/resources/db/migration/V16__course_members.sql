-- Who opened the tool from which course, as teacher or as learner. Learners seen in launches are the
-- roster when the LMS serves none (no Names and Role Provisioning), and tell a counselor a student's
-- courses. Replaces course_teacher, whose rows become the TEACHER entries.

CREATE TABLE course_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id      BIGINT      NOT NULL,
    course_id      BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    course_role    VARCHAR(16) NOT NULL,
    last_launch_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_course_member UNIQUE (course_id, member_id, course_role),
    CONSTRAINT fk_course_member_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_course_member_course FOREIGN KEY (course_id) REFERENCES course_context (id),
    CONSTRAINT fk_course_member_member FOREIGN KEY (member_id) REFERENCES school_member (id)
);

INSERT INTO course_member (school_id, course_id, member_id, course_role, last_launch_at)
    SELECT school_id, course_id, member_id, 'TEACHER', last_launch_at FROM course_teacher;

DROP TABLE course_teacher;
