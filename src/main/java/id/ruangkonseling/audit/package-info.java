/**
 * Audit: the trail of who did what to which record, as which role, when and from which launch — for
 * the school admin to read and for a school to show its data protection officer.
 * <p>
 * Rules: entries are only ever added, never changed or deleted by the application; an entry names
 * records by type and id and may carry a short code (a refusal reason), never a message body, a note,
 * a token or a key; it knows schools and members by id only, so every component can use it and it
 * uses none of theirs. An entry is written in the transaction of what it records, so a change that
 * rolls back leaves no entry claiming it happened.
 */
package id.ruangkonseling.audit;
