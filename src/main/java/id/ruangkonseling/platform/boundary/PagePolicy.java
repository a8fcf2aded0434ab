package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.BrowserPolicy;
import id.ruangkonseling.platform.control.FramingOrigins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy of Faces pages, as PrimeFaces reads it for each page
 * ({@code primefaces.CSP_POLICY} in web.xml) before it appends the page's nonce.
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class PagePolicy {

    @Inject
    FramingOrigins framing;

    public String getValue() {
        return BrowserPolicy.contentSecurityPolicy(framing.current());
    }
}
