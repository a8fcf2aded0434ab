/**
 * Demo: a small LTI 1.3 platform built into the tool, on only with {@code RK_DEMO=true}, so that anyone
 * can try the tool without an LMS. It launches demo people of one demo school through the same
 * {@code /lti/login} and {@code /lti/launch} as a real LMS, with real signed tokens.
 * <p>
 * Rules: never on by default, and everything under {@code /dev/} answers 404 when off; it signs in only
 * members of its own demo school; it grants the counselor role the way a school admin does, inside the
 * tool, never through an LTI claim.
 */
package id.ruangkonseling.demo;
