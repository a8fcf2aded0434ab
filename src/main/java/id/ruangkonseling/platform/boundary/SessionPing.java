package id.ruangkonseling.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /session/ping}: "stay signed in" on the idle warning. Reaching the session is what keeps it
 * alive; 204 while someone is signed in with it, 401 once it has ended (the page then says so).
 */
@WebServlet("/session/ping")
public class SessionPing extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        boolean signedIn = request.getSession(false) != null && request.getUserPrincipal() != null;
        response.setStatus(signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
