/**
 * LTI: how schools' learning management systems reach the tool — the tool's own signing keys and their
 * public JWKS and their rotation, the values an LMS admin pastes for a manual registration, dynamic
 * registration (by the operator's invitation), the OIDC login and the launch that signs a person in (the
 * only sign-in there is; its ticket continues it in a new window where the LMS's iframe keeps no cookie),
 * LTI 1.1 launches from older Moodle sites (OAuth 1.0a consumer keys and secrets, issued or configured),
 * Deep Linking 2.0 (a teacher adds "counseling" or "refer a student" to a course) and the course roster
 * from Names and Role Provisioning 2.0 (which the referral form picks its student from, through
 * {@code CourseRosters}).
 * <p>
 * Rules: all LTI 1.3 cryptography goes through Nimbus JOSE+JWT, and LTI 1.1's HMAC-SHA1 through the
 * JDK's {@code javax.crypto.Mac}, never home-made; the tool's private keys and LTI 1.1 secrets live
 * outside the WAR ({@code RK_KEY_DIR}, the database, {@code RK_LTI11_KEYS}) and never reach a log, a
 * page or git; every URL handed to a platform, and the URL an LTI 1.1 signature covers, is the public
 * one ({@code PublicUrl}); a login's state and nonce, an LTI 1.1 nonce and a launch ticket live in the
 * database, are used once and expire; LMS roles never make a counselor, whichever LTI version sent them.
 * A Deep Linking request is offered to the teacher or school admin who launched it, under a token that
 * works without cookies (Moodle's dialog), and is answered once.
 * Service tokens and rosters are cached in memory only and never logged; a platform's failure is a
 * {@code PlatformServiceFailed}, shown to people as a friendly text. A teacher sees only the rosters of
 * their own school's courses they launched from.
 */
package id.ruangkonseling.lti;
