/**
 * LTI: how schools' learning management systems reach the tool — the tool's own signing keys and their
 * public JWKS, the values an LMS admin pastes for a manual registration, the OIDC login and the launch
 * that signs a person in (the only sign-in there is), LTI 1.1 launches from older Moodle sites (OAuth
 * 1.0a consumer keys and secrets, issued or configured), and (in later slices) dynamic registration,
 * deep linking and the course roster.
 * <p>
 * Rules: all LTI 1.3 cryptography goes through Nimbus JOSE+JWT, and LTI 1.1's HMAC-SHA1 through the
 * JDK's {@code javax.crypto.Mac}, never home-made; the tool's private keys and LTI 1.1 secrets live
 * outside the WAR ({@code RK_KEY_DIR}, the database, {@code RK_LTI11_KEYS}) and never reach a log, a
 * page or git; every URL handed to a platform, and the URL an LTI 1.1 signature covers, is the public
 * one ({@code PublicUrl}); a login's state and nonce, and an LTI 1.1 nonce, live in the database, are
 * used once and expire; LMS roles never make a counselor, whichever LTI version sent them.
 */
package id.ruangkonseling.lti;
