/**
 * Platform: what every other component stands on and none of them owns — the database wiring, its
 * schema migrations and the persistence unit ({@code @Inject EntityManager} inside a transaction),
 * configuration, the public address behind a proxy, cookies, the person's language, error pages and
 * health.
 * <p>
 * Rules: the platform never reaches up into a business component; configuration comes only through
 * MicroProfile Config, each key settable by an {@code RK_…} environment variable; nothing here logs a
 * secret, a token or what a person wrote.
 */
package id.ruangkonseling.platform;
