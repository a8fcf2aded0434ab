package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.ToolKeyring;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /.well-known/jwks.json}: the tool's public signing keys, which platforms fetch to check
 * what the tool signs (deep linking responses, service token requests). Public by nature; cached briefly
 * so a new key reaches platforms soon.
 */
@WebServlet(LtiPaths.JWKS)
public class ToolJwks extends HttpServlet {

    @Inject
    ToolKeyring keyring;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(keyring.keys().publicKeys().toString());
    }
}
