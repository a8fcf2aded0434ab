-- A Deep Linking request waiting for the teacher's choice. Kept here, not in the session, so that the
-- chooser works inside Moodle's dialog where the browser keeps no cookie of the tool. Single use,
-- thirty minutes, stored under a hash of the offer's token.

CREATE TABLE lti_deep_link_offer (
    token_hash    VARCHAR(64)   NOT NULL PRIMARY KEY,
    issuer        VARCHAR(255)  NOT NULL,
    client_id     VARCHAR(191)  NOT NULL,
    deployment_id VARCHAR(191)  NOT NULL,
    return_url    VARCHAR(1000) NOT NULL,
    data          VARCHAR(2000),
    expires_at    DATETIME(6)   NOT NULL
);

CREATE INDEX ix_lti_deep_link_offer_expires ON lti_deep_link_offer (expires_at);
