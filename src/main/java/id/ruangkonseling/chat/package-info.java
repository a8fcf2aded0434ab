/**
 * Chat: the conversations between a student and their counselor and the messages in them, for live chat
 * and the asynchronous "messages" mode alike, reached by polling a JSON API ({@code /api/conversations}).
 * <p>
 * Rules: only the conversation's student and its current counselor read or write it; anyone else, and a
 * missing id, get the same "not found". Every message has a {@code seq} strictly increasing per
 * conversation, assigned under a lock of the conversation row, and is announced to pollers only after it
 * committed, so a poller never skips one. An idle poll (nothing new) is answered from memory
 * ({@code ConversationIndex}) without a single SQL statement. Message bodies never reach a log or the
 * audit trail; a participant away from the conversation is told by e-mail only that something is new
 * ({@code MessageNotices}), never what or from whom. A student's message that matches the school's crisis
 * lexicon is stored as any other and announced as an {@code AlarmingMessage} for counseling to escalate.
 * It is used by {@code counseling}; it uses {@code safeguarding}, {@code school}, {@code audit} and
 * {@code platform}.
 */
package id.ruangkonseling.chat;
