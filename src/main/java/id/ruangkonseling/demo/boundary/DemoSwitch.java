package id.ruangkonseling.demo.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Everything under {@code /dev/} exists only with {@code RK_DEMO=true}; otherwise it is not found. */
@WebFilter(urlPatterns = "/dev/*")
public class DemoSwitch extends HttpFilter {

    private static final Logger LOG = System.getLogger(DemoSwitch.class.getName());

    @Inject
    @ConfigProperty(name = "rk.demo", defaultValue = "false")
    boolean demo;

    @Override
    public void init() {
        if (demo) {
            LOG.log(Level.WARNING, "Demo mode (RK_DEMO=true): anyone can sign in to the demo school at /dev/. "
                    + "Never in production.");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (demo) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
