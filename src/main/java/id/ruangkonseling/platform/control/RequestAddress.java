package id.ruangkonseling.platform.control;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request says it arrived: the address the server saw, plus the {@code X-Forwarded-*} headers
 * a reverse proxy may have added (trusted only when the configuration says so).
 */
public record RequestAddress(String scheme, String host, int port, String contextPath,
                             String forwardedProto, String forwardedHost, String forwardedPort) {

    public static RequestAddress of(HttpServletRequest request) {
        return new RequestAddress(request.getScheme(), request.getServerName(), request.getServerPort(),
                request.getContextPath(), request.getHeader("X-Forwarded-Proto"),
                request.getHeader("X-Forwarded-Host"), request.getHeader("X-Forwarded-Port"));
    }
}
