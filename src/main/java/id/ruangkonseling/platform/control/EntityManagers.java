package id.ruangkonseling.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * The application's persistence unit, started on first use instead of at deployment, so that the
 * service deploys and answers while the database is down and starts using it once it is back. A start
 * that fails is tried again on the next use.
 * <p>
 * Boundaries {@code @Inject EntityManager}: like a container-managed one, it stands for the entity
 * manager of the current JTA transaction, created on first use in that transaction and closed with it.
 */
@ApplicationScoped
public class EntityManagers {

    /** The unit's name in its descriptor. */
    public static final String UNIT = "ruangkonseling";

    /** Where the descriptor is; not {@code META-INF/persistence.xml}, which the container would start itself. */
    public static final String DESCRIPTOR = "META-INF/ruangkonseling-persistence.xml";

    private static final Object TRANSACTION_RESOURCE = new Object();

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Memo<EntityManagerFactory> factory = new Memo<>(() -> start(Map.of()));

    @Produces
    @ApplicationScoped
    EntityManager transactionScoped() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == arguments[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "EntityManager of the current transaction";
                        };
                    }
                    try {
                        return method.invoke(current(), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private EntityManager current() {
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new TransactionRequiredException("The EntityManager was used outside a transaction: "
                    + "the boundary opens one (@Transactional).");
        }
        EntityManager joined = (EntityManager) transactions.getResource(TRANSACTION_RESOURCE);
        if (joined == null) {
            EntityManager created = factory().createEntityManager(SynchronizationType.SYNCHRONIZED);
            created.joinTransaction();
            transactions.putResource(TRANSACTION_RESOURCE, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // EclipseLink flushes through its own JTA synchronization
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            joined = created;
        }
        return joined;
    }

    /** Starts the unit if it has not started yet; throws while the database cannot be reached. */
    public EntityManagerFactory factory() {
        return factory.get();
    }

    /**
     * Starts the unit as its descriptor says, with these properties on top; the tests start it outside
     * the server this way, on a data source of their own.
     */
    public static EntityManagerFactory start(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(overrides);
        properties.put("eclipselink.persistencexml", DESCRIPTOR);
        EntityManagerFactory started = Persistence.createEntityManagerFactory(UNIT, properties);
        try {
            started.createEntityManager().close(); // EclipseLink logs in here: fail now, not at first query
            return started;
        } catch (RuntimeException loginFailed) {
            started.close();
            throw loginFailed;
        }
    }

    @PreDestroy
    void stop() {
        factory.ifMade().ifPresent(EntityManagerFactory::close);
    }
}
