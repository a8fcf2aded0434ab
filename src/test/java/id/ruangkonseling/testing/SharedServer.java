package id.ruangkonseling.testing;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests the one server booted for the whole run (a parameter of type
 * {@link PayaraMicro}). It runs on MariaDB when {@code RK_TEST_DB_URL} is set, else on the embedded H2
 * file database, and stops when the run ends.
 */
public final class SharedServer implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PayaraMicro.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> PayaraMicro.start("it-server", environment()), PayaraMicro.class);
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        TestDatabase.fromEnvironment().ifPresent(database -> {
            environment.put("RK_DB_URL", database.url());
            environment.put("RK_DB_USER", database.user());
            environment.put("RK_DB_PASSWORD", database.password());
        });
        return environment;
    }
}
