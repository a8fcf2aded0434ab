-- Encryption at rest (issue #6): the texts people write are stored encrypted (AES-256-GCM), each value as
-- "<key id>:<base64>", which is longer than the text. Columns that were sized for the plain text are
-- widened; the TEXT ones already fit. Written as add-copy-drop-rename because H2 and MySQL/MariaDB share
-- no statement that changes a column's type.

ALTER TABLE counseling_request ADD COLUMN availability_wide TEXT;
UPDATE counseling_request SET availability_wide = availability;
ALTER TABLE counseling_request DROP COLUMN availability;
ALTER TABLE counseling_request RENAME COLUMN availability_wide TO availability;

ALTER TABLE lti11_consumer ADD COLUMN secret_wide VARCHAR(1000) DEFAULT '' NOT NULL;
UPDATE lti11_consumer SET secret_wide = secret;
ALTER TABLE lti11_consumer DROP COLUMN secret;
ALTER TABLE lti11_consumer RENAME COLUMN secret_wide TO secret;

-- Every data key that has encrypted something, by id, with a known text encrypted under it: a starting
-- service learns whether there is encrypted data and whether its keys are the ones that wrote it. The
-- keys themselves are never in the database.
CREATE TABLE data_key (
    key_id        VARCHAR(32)  NOT NULL PRIMARY KEY,
    key_check     VARCHAR(200) NOT NULL,
    first_used_at DATETIME(6)  NOT NULL
);
