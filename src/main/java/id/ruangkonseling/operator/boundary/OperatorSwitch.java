package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.operator.control.OperatorPassword;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The console exists only with a usable {@code RK_OPERATOR_PASSWORD}; otherwise it is not found. */
@WebFilter(urlPatterns = "/operator/*")
public class OperatorSwitch extends HttpFilter {

    @Inject
    OperatorPassword password;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (password.consoleOpen()) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
