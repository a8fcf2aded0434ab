-- Chat (issue #5): a conversation per counseling request, its messages and each participant's read
-- receipt. seq numbers messages per conversation (conversation.last_seq is the last one handed out,
-- under the row's write lock); client_id makes a retried send recognisable. case_id is the counseling
-- case, deliberately without a foreign key: chat never depends on counseling's tables.

CREATE TABLE conversation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id     BIGINT      NOT NULL,
    student_id    BIGINT      NOT NULL,
    counselor_id  BIGINT,
    case_id       BIGINT,
    created_at    DATETIME(6) NOT NULL,
    closed_at     DATETIME(6),
    last_seq      BIGINT      NOT NULL,
    CONSTRAINT fk_conversation_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_conversation_student FOREIGN KEY (student_id) REFERENCES school_member (id),
    CONSTRAINT fk_conversation_counselor FOREIGN KEY (counselor_id) REFERENCES school_member (id)
);

CREATE INDEX ix_conversation_student ON conversation (student_id);
CREATE INDEX ix_conversation_counselor ON conversation (counselor_id);

CREATE TABLE chat_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id        BIGINT      NOT NULL,
    conversation_id  BIGINT      NOT NULL,
    seq              BIGINT      NOT NULL,
    client_id        VARCHAR(64) NOT NULL,
    author_id        BIGINT      NOT NULL,
    body             TEXT        NOT NULL,
    sent_at          DATETIME(6) NOT NULL,
    CONSTRAINT fk_message_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES school_member (id),
    CONSTRAINT uq_message_seq UNIQUE (conversation_id, seq),
    CONSTRAINT uq_message_client UNIQUE (conversation_id, author_id, client_id)
);

CREATE TABLE conversation_read (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id        BIGINT NOT NULL,
    conversation_id  BIGINT NOT NULL,
    member_id        BIGINT NOT NULL,
    last_read_seq    BIGINT NOT NULL,
    CONSTRAINT fk_read_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_read_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_read_member FOREIGN KEY (member_id) REFERENCES school_member (id),
    CONSTRAINT uq_read_member UNIQUE (conversation_id, member_id)
);

ALTER TABLE counseling_request ADD COLUMN conversation_id BIGINT;
ALTER TABLE counseling_request ADD CONSTRAINT fk_request_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id);
