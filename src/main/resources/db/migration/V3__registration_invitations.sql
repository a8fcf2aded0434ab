-- One-time invitations an operator hands to a school's LMS admin for dynamic registration. Only a
-- hash of the invitation is kept: the link itself is shown once, to the operator who made it.

CREATE TABLE lti_invitation (
    token_hash   VARCHAR(64)  NOT NULL PRIMARY KEY,
    school_name  VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    used_by      VARCHAR(255)
);
