-- The language a member's LMS launched the tool in (id or en), so that what reaches them outside a page —
-- an e-mail notice — speaks it too. Unknown until their next launch; Indonesian then.

ALTER TABLE school_member ADD COLUMN language VARCHAR(8);
