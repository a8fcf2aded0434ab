-- LTI 1.3 platforms registered with the tool, and the logins they started (OIDC state and nonce,
-- single-use and short-lived, kept in the database so that any instance can finish a login).

CREATE TABLE lti_platform (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    issuer         VARCHAR(255)  NOT NULL,
    client_id      VARCHAR(191)  NOT NULL,
    auth_login_url VARCHAR(1000) NOT NULL,
    auth_token_url VARCHAR(1000) NOT NULL,
    jwks_url       VARCHAR(1000) NOT NULL,
    registered_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_lti_platform UNIQUE (issuer, client_id)
);

CREATE TABLE lti_login (
    state           VARCHAR(64)   NOT NULL PRIMARY KEY,
    nonce           VARCHAR(64)   NOT NULL,
    platform_id     BIGINT        NOT NULL,
    target_link_uri VARCHAR(1000) NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_login_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id)
);

CREATE INDEX ix_lti_login_expires ON lti_login (expires_at);
