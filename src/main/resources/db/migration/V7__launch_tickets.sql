-- Tickets that carry a launch from the LMS's iframe into a new window when the browser keeps no
-- cookies in the iframe: single use, two minutes, stored only as a hash.

CREATE TABLE lti_ticket (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id   BIGINT      NOT NULL,
    roles       VARCHAR(100) NOT NULL,
    language    VARCHAR(8),
    expires_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_ticket_member FOREIGN KEY (member_id) REFERENCES school_member (id)
);

CREATE INDEX ix_lti_ticket_expires ON lti_ticket (expires_at);
