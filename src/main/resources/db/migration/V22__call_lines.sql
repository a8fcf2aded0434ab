-- Voice and video calls leave one line in their conversation's history: a message without words that
-- says who called, how (video or voice), how it ended and for how long they talked. What was said in a
-- call is never recorded, and the signaling that set it up is never stored.
ALTER TABLE chat_message ADD COLUMN call_kind VARCHAR(8);
ALTER TABLE chat_message ADD COLUMN call_outcome VARCHAR(16);
ALTER TABLE chat_message ADD COLUMN call_seconds INT;
