/**
 * LTI: how schools' learning management systems reach the tool — the tool's own signing keys and their
 * public JWKS, the values an LMS admin pastes for a manual registration, dynamic registration, the OIDC
 * login and the launch that signs a person in (the only sign-in there is), Deep Linking 2.0 (a teacher
 * adds "counseling" or "refer a student" to a course) and the course roster from Names and Role
 * Provisioning 2.0 (which the referral form picks its student from, through {@code CourseRosters}).
 * <p>
 * Rules: all LTI cryptography goes through Nimbus JOSE+JWT, never home-made; the tool's private keys
 * live outside the WAR ({@code RK_KEY_DIR}) and never reach a log, a page or git; every URL handed to a
 * platform is the public one ({@code PublicUrl}); a login's state and nonce live in the database, are
 * used once and expire; LMS roles never make a counselor. A Deep Linking request waits in the session
 * and is answered once, by a teacher or school admin. Service tokens and rosters are cached in memory
 * only and never logged; a platform's failure is a {@code PlatformServiceFailed}, shown to people as a
 * friendly text. A teacher sees only the rosters of their own school's courses they launched from.
 */
package id.ruangkonseling.lti;
