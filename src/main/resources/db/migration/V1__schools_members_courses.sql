-- Schools (one LMS deployment each), the people in them, and the courses seen in launches.
-- Written once for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11: no vendor clauses, times in UTC as DATETIME(6).

CREATE TABLE school (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    issuer        VARCHAR(255) NOT NULL,
    client_id     VARCHAR(191) NOT NULL,
    deployment_id VARCHAR(191) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_school_deployment UNIQUE (issuer, client_id, deployment_id)
);

CREATE TABLE school_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT       NOT NULL,
    subject       VARCHAR(255) NOT NULL,
    display_name  VARCHAR(200),
    email         VARCHAR(254),
    student       BOOLEAN      NOT NULL DEFAULT FALSE,
    teacher       BOOLEAN      NOT NULL DEFAULT FALSE,
    counselor     BOOLEAN      NOT NULL DEFAULT FALSE,
    school_admin  BOOLEAN      NOT NULL DEFAULT FALSE,
    first_seen_at DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_member_subject UNIQUE (school_id, subject),
    CONSTRAINT fk_member_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE course_context (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT       NOT NULL,
    context_id    VARCHAR(255) NOT NULL,
    title         VARCHAR(255),
    label         VARCHAR(100),
    last_seen_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_course_context UNIQUE (school_id, context_id),
    CONSTRAINT fk_course_school FOREIGN KEY (school_id) REFERENCES school (id)
);
