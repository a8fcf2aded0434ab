package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    private static final RequestAddress LOCAL = request("http", "localhost", 8080, "", null, null, null);

    private static RequestAddress request(String scheme, String host, int port, String contextPath,
                                          String fwdProto, String fwdHost, String fwdPort) {
        return new RequestAddress(scheme, host, port, contextPath, fwdProto, fwdHost, fwdPort);
    }

    private static RequestAddress forwarded(String proto, String host, String port) {
        return request("http", "localhost", 8080, "", proto, host, port);
    }

    private static PublicUrl configured(String url) {
        return new PublicUrl(Optional.of(url), false);
    }

    private static final PublicUrl UNCONFIGURED = new PublicUrl(Optional.empty(), false);
    private static final PublicUrl TRUSTING = new PublicUrl(Optional.empty(), true);

    @Test
    void configuredPublicUrlWinsOverRequestAndForwardedHeaders() {
        PublicUrl publicUrl = new PublicUrl(Optional.of("https://bk.sekolah.sch.id"), true);

        assertEquals("https://bk.sekolah.sch.id",
                publicUrl.base(forwarded("http", "attacker.example", "8081")).toString());
    }

    @Test
    void configuredUrlLosesItsTrailingSlashButKeepsItsPath() {
        assertEquals("https://x.sch.id/bk", configured("https://x.sch.id/bk/").base(LOCAL).toString());
    }

    @Test
    void configuredDefaultPortIsDropped() {
        assertEquals("https://x", configured("https://x:443").base(LOCAL).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user@x.sch.id", "ftp://x", "not a url", "https://x?q=1", "/x"})
    void invalidConfiguredUrlIsRefusedNamingTheSetting(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> configured(value));

        assertTrue(refused.getMessage().contains("RK_PUBLIC_URL"), refused.getMessage());
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessTrusted() {
        assertEquals("http://localhost:8080",
                UNCONFIGURED.base(forwarded("https", "attacker.example", "443")).toString());
    }

    @Test
    void trustedForwardedProtoAndHostGiveTheProxyAddress() {
        assertEquals("https://school.example", TRUSTING.base(forwarded("https", "school.example", null)).toString());
    }

    @Test
    void trustedForwardedProtoListTakesTheFirstEntry() {
        assertEquals("https://school.example",
                TRUSTING.base(forwarded("https, http", "school.example", null)).toString());
    }

    @Test
    void trustedForwardedHostKeepsItsPort() {
        assertEquals("https://school.example:8443",
                TRUSTING.base(forwarded("https", "school.example:8443", null)).toString());
    }

    @Test
    void trustedForwardedPortApplies() {
        assertEquals("https://school.example:9443",
                TRUSTING.base(forwarded("https", "school.example", "9443")).toString());
    }

    @Test
    void malformedForwardedHeadersFallBackToTheRequestsOwnAddress() {
        assertEquals("http://localhost:8080", TRUSTING.base(forwarded("https", "school.example", "abc")).toString());
        assertEquals("http://localhost:8080", TRUSTING.base(forwarded(null, "bad_host name", null)).toString());
        assertEquals("http://localhost:8080", TRUSTING.base(forwarded("gopher", null, null)).toString());
    }

    @Test
    void configuredSchemeIsCaseInsensitive() {
        assertEquals("https://x.sch.id", configured("HTTPS://x.sch.id").base(LOCAL).toString());
    }

    @Test
    void plainRequestKeepsItsNonDefaultPort() {
        assertEquals("http://localhost:8080", UNCONFIGURED.base(LOCAL).toString());
    }

    @Test
    void plainHttpRequestOnPort80DropsThePort() {
        assertEquals("http://school.example",
                UNCONFIGURED.base(request("http", "school.example", 80, "", null, null, null)).toString());
    }

    @Test
    void contextPathIsAppended() {
        assertEquals("http://localhost:8080/bk",
                UNCONFIGURED.base(request("http", "localhost", 8080, "/bk", null, null, null)).toString());
    }

    @Test
    void resolveAppendsAnApplicationPath() {
        assertEquals("https://x.sch.id/bk/lti/launch",
                configured("https://x.sch.id/bk/").resolve(LOCAL, "/lti/launch").toString());
    }

    @Test
    void resolveRefusesAPathWithoutLeadingSlash() {
        assertThrows(IllegalArgumentException.class, () -> UNCONFIGURED.resolve(LOCAL, "lti"));
    }

    @Test
    void onlyAConfiguredHttpsAddressCountsAsHttps() {
        assertTrue(configured("https://x.sch.id").configuredAsHttps());
        assertFalse(configured("http://x.sch.id").configuredAsHttps());
        assertFalse(UNCONFIGURED.configuredAsHttps());
        assertFalse(TRUSTING.configuredAsHttps());
    }
}
