-- The school's BK course: the course whose instructors the school admin named counselors (guru BK).

ALTER TABLE school ADD COLUMN counseling_course_id BIGINT;
ALTER TABLE school ADD CONSTRAINT fk_school_counseling_course FOREIGN KEY (counseling_course_id) REFERENCES course_context (id);
