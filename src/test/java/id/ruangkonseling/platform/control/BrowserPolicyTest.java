package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BrowserPolicyTest {

    @Test
    void onlyOwnScriptsRunAndOnlyTheServiceAndTheRegisteredPlatformsFrameIt() {
        String policy = BrowserPolicy.contentSecurityPolicy(Set.of("https://moodle.sekolah.sch.id", "http://127.0.0.1:8001"));
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("; object-src 'none';"), policy);
        assertTrue(policy.contains("; frame-ancestors 'self' http://127.0.0.1:8001 https://moodle.sekolah.sch.id;"), policy);
        assertTrue(policy.endsWith("; script-src 'self'"), "PrimeFaces appends its nonce to the end: " + policy);
        assertFalse(policy.contains("unsafe-eval") || policy.contains("script-src 'self' 'unsafe-inline'"), policy);
    }

    @Test
    void withoutPlatformsOnlyTheServiceFramesIt() {
        assertTrue(BrowserPolicy.contentSecurityPolicy(List.of()).contains("; frame-ancestors 'self'; script-src"));
    }

    @Test
    void aNonceIsAppendedToTheScriptSourcesAndMustLookLikeOne() {
        assertTrue(BrowserPolicy.contentSecurityPolicy(Set.of(), "AbC123").endsWith("; script-src 'self' 'nonce-AbC123'"));
        assertThrows(IllegalArgumentException.class, () -> BrowserPolicy.contentSecurityPolicy(Set.of(), "x'; script-src *"));
    }

    @Test
    void aPlatformAddressContributesItsOriginAndNothingElse() {
        assertEquals(Optional.of("https://moodle.sekolah.sch.id"), BrowserPolicy.origin("https://Moodle.Sekolah.sch.id:443/mod/lti/auth.php?x=1"));
        assertEquals(Optional.of("http://127.0.0.1:8001"), BrowserPolicy.origin("http://127.0.0.1:8001"));
        assertEquals(Optional.of("https://lms.test:8443"), BrowserPolicy.origin("https://lms.test:8443/"));
        assertEquals(Optional.empty(), BrowserPolicy.origin("javascript:alert(1)"));
        assertEquals(Optional.empty(), BrowserPolicy.origin("https://*.evil.test"));
        assertEquals(Optional.empty(), BrowserPolicy.origin("moodle-guid-1234"));
        assertEquals(Optional.empty(), BrowserPolicy.origin("https://a.test; script-src *"));
        assertEquals(Optional.empty(), BrowserPolicy.origin(null));
    }

    @Test
    void onlyFacesStaticResourcesMayBeCached() {
        assertTrue(BrowserPolicy.cacheable("/jakarta.faces.resource/css/rk.css.xhtml"));
        assertFalse(BrowserPolicy.cacheable("/student/"));
        assertFalse(BrowserPolicy.cacheable("/api/cases/7"));
    }

    @Test
    void framingOriginsAreReadOnceAMinuteOrAfterARegistration() {
        AtomicInteger reads = new AtomicInteger();
        Instant[] now = {Instant.parse("2026-11-29T04:00:00Z")};
        FramingOrigins origins = new FramingOrigins(new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        }, List.of("https://moodle-lama.sekolah.test/", "not an origin"), Runnable::run);
        origins.sourcedBy(() -> {
            reads.incrementAndGet();
            return List.of("https://moodle.test/", "https://moodle.test/mod/lti/auth.php", "not an address");
        });
        Set<String> both = Set.of("https://moodle.test", "https://moodle-lama.sekolah.test");
        assertEquals(both, origins.current(), "the registered platforms and RK_FRAME_ANCESTORS");
        assertEquals(both, origins.current());
        assertEquals(1, reads.get(), "answers come from memory");
        origins.notice("https://moodle.test/login");
        origins.current();
        assertEquals(1, reads.get(), "a known platform changes nothing");
        origins.notice("https://other.test/login");
        assertTrue(origins.current().contains("https://other.test"), "a platform found before the next read frames at once");
        assertEquals(1, reads.get());
        now[0] = now[0].plus(FramingOrigins.MAX_AGE).plusSeconds(1);
        origins.current();
        assertEquals(2, reads.get(), "they are read again when old");
        origins.stale();
        origins.current();
        assertEquals(3, reads.get(), "or when a registration says so");
    }

    @Test
    void whileThePlatformsCannotBeReadTheLastKnownOriginsStay() {
        boolean[] down = {false};
        FramingOrigins origins = new FramingOrigins(java.time.Clock.systemUTC(), List.of(), Runnable::run);
        origins.sourcedBy(() -> {
            if (down[0]) {
                throw new IllegalStateException("database down");
            }
            return List.of("https://moodle.test");
        });
        assertEquals(Set.of("https://moodle.test"), origins.current());
        down[0] = true;
        origins.stale();
        assertEquals(Set.of("https://moodle.test"), origins.current());
    }

    @Test
    void aReadThatBeganBeforeAPlatformRegisteredDoesNotDropIt() {
        List<Runnable> pending = new java.util.ArrayList<>();
        FramingOrigins origins = new FramingOrigins(java.time.Clock.systemUTC(), List.of(), pending::add);
        origins.sourcedBy(() -> List.of("https://moodle.test"));
        origins.notice("https://new-lms.test/login");
        pending.removeFirst().run(); // a read of the platforms as they were before https://new-lms.test registered
        assertEquals(Set.of("https://moodle.test", "https://new-lms.test"), origins.current());
    }
}
