package id.ruangkonseling.lti.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When a member's session ends — signed out, idle, expired — their launch tickets end with it. */
@WebListener
public class TicketsEndWithSession implements HttpSessionListener {

    @Inject
    LaunchResumption resumption;

    @Override
    public void sessionDestroyed(HttpSessionEvent ended) {
        if (ended.getSession().getAttribute(LaunchResumption.MEMBER_ATTRIBUTE) instanceof Long memberId) {
            resumption.voidTicketsOf(memberId);
        }
    }
}
