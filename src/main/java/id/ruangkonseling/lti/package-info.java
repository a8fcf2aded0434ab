/**
 * LTI: how schools' learning management systems reach the tool — the tool's own signing keys and their
 * public JWKS, the values an LMS admin pastes for a manual registration, the OIDC login and the launch
 * that signs a person in (the only sign-in there is), and (in later slices) dynamic registration,
 * deep linking and the course roster.
 * <p>
 * Rules: all LTI cryptography goes through Nimbus JOSE+JWT, never home-made; the tool's private keys
 * live outside the WAR ({@code RK_KEY_DIR}) and never reach a log, a page or git; every URL handed to a
 * platform is the public one ({@code PublicUrl}); a login's state and nonce live in the database, are
 * used once and expire; LMS roles never make a counselor.
 */
package id.ruangkonseling.lti;
