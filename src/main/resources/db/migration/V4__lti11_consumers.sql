-- LTI 1.1 (OAuth 1.0a) consumers the console issued, each the key of one school, and the nonces of
-- their launches: single-use across instances (the unique key refuses a replay), forgotten once a
-- launch with that nonce would be refused for its timestamp anyway.

CREATE TABLE lti11_consumer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_key VARCHAR(191) NOT NULL,
    secret       VARCHAR(255) NOT NULL,
    school_id    BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_lti11_consumer_key UNIQUE (consumer_key),
    CONSTRAINT fk_lti11_consumer_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE lti11_nonce (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_key VARCHAR(191) NOT NULL,
    nonce        VARCHAR(191) NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_lti11_nonce UNIQUE (consumer_key, nonce)
);

CREATE INDEX ix_lti11_nonce_expires ON lti11_nonce (expires_at);
