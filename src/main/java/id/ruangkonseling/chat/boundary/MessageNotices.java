package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.chat.control.NoticeLimits;
import id.ruangkonseling.chat.control.Presence;
import id.ruangkonseling.platform.control.Mail;
import id.ruangkonseling.school.boundary.MemberNotices;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The e-mail that tells a participant who is away ({@link Presence}) that a message waits for them, at
 * most once per conversation every {@link NoticeLimits#QUIET_FOR}. It says only that there is something
 * new and where to open it: never a word of the message, nor who wrote it beyond "a student" or "your
 * counselor". Decided from memory after the message committed, sent off the request thread.
 */
@ApplicationScoped
public class MessageNotices {

    @Inject
    Presence presence;

    @Inject
    NoticeLimits limits;

    @Inject
    Mail mail;

    @Inject
    MemberNotices notices;

    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    /** A message for {@code recipientId} (a counselor, or else the student) committed in the conversation. */
    public void messageFor(long conversationId, long recipientId, boolean recipientIsCounselor) {
        if (!mail.configured() || !presence.away(conversationId, recipientId, clock.instant())
                || !limits.take(conversationId, recipientId, clock.instant())) {
            return;
        }
        String body = recipientIsCounselor ? "notice.chat.toCounselor" : "notice.chat.toStudent";
        executor.execute(() -> notices.send(recipientId, "notice.chat.subject", body));
    }
}
