/**
 * Operator: the console of whoever runs this Ruang Konseling ({@code /operator/}) — the schools and their
 * LMS registrations, one-time invitations for dynamic registration, registering a platform by hand.
 * <p>
 * Rules: the console exists only when {@code RK_OPERATOR_PASSWORD} is set (at least 12 characters);
 * otherwise every {@code /operator/} address is not found. Signing in is a Jakarta Security mechanism
 * of its own, never an LTI launch, and an LTI launch never makes an operator. The operator sees schools
 * and registrations, never a student's words. It uses {@code lti} and {@code school}; nothing uses it.
 */
package id.ruangkonseling.operator;
