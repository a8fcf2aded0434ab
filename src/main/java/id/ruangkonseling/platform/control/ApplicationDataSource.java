package id.ruangkonseling.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the one data source of the application. Every attribute is read from MicroProfile Config
 * when the WAR deploys, so the same WAR runs on the embedded H2 file database (the default, created
 * under {@code ./data/} on first start) or on MySQL/MariaDB through Connector/J ({@code RK_DB_URL},
 * {@code RK_DB_USER}, {@code RK_DB_PASSWORD}; the run script derives {@code RK_DB_DRIVER} from the URL).
 * <p>
 * The pool validates each connection before handing it out and drops them all when one is found
 * broken, so the service recovers by itself after the database comes back.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "${MPCONFIG=rk.db.driver:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=rk.db.url:jdbc:h2:file:./data/db/ruangkonseling" + ApplicationDataSource.H2_OPTIONS + "}",
        user = "${MPCONFIG=rk.db.user:rk}",
        password = "${MPCONFIG=rk.db.password:}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
public class ApplicationDataSource {

    /** Where the data source is bound; the persistence unit and the migrations use it. */
    public static final String JNDI_NAME = "java:app/jdbc/ruangkonseling";

    /**
     * What an H2 URL needs for this application: EclipseLink's H2 support asks for {@code IDENTITY()},
     * which H2 2.x keeps only in LEGACY mode; Flyway quotes its history table's lower-case name, which
     * unquoted SQL finds only with case-insensitive identifiers.
     */
    public static final String H2_OPTIONS = ";MODE=LEGACY;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
}
