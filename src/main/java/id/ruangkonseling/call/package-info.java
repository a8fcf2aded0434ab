/**
 * Call: voice and video calls between a student and their counselor, in the browser's own WebRTC, set up
 * over held polls like the chat's ({@code /api/calls}); no third-party service. A call belongs to a
 * conversation and only its two participants start, answer, signal or end it; for anyone else a call or
 * conversation id is simply not found.
 * <p>
 * Rules: nothing of a call is recorded. Offers, answers and ICE candidates live in memory for the call's
 * life only ({@code LiveCalls}) and never reach the database or a log; an idle ringing or signaling poll
 * runs no SQL. With several instances, a call and what its pages have yet to hear live in the data grid (a copy
 * and its backup, dropped at the call's end), so a page may ask any instance; an idle poll still costs no
 * grid call. What a call leaves is one line in its conversation (who called, voice or video, how it ended,
 * how long they talked) and audit entries without content. TURN credentials are short-lived and handed only
 * to a participant of a live call. A call ends when its conversation closes or changes hands. It uses
 * {@code chat} (the conversation's grant and its history), {@code school}, {@code audit} and {@code platform}.
 */
package id.ruangkonseling.call;
