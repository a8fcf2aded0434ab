-- Service reports (issue #20) count a school's rows in a span of time: each table they count by when
-- something happened gets an index on (school, that time), so a semester's report reads only its months.
-- A conversation's days and its call lines are counted from this index alone, without reading the messages.
CREATE INDEX ix_message_school_sent ON chat_message (school_id, sent_at, conversation_id, author_id, call_outcome);
CREATE INDEX ix_request_school_submitted ON counseling_request (school_id, submitted_at);
CREATE INDEX ix_request_school_decided ON counseling_request (school_id, decided_at);
CREATE INDEX ix_case_school_opened ON counseling_case (school_id, opened_at);
CREATE INDEX ix_referral_school_received ON referral (school_id, received_at);
