package nl.gemeenschapsfonds.benchmark;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A datasource proxy for the harness: counts every SQL statement the application prepares or creates on
 * a connection of the pool, whichever way it goes (Hibernate, {@code JdbcClient}, {@code JdbcTemplate}).
 * Hibernate's statistics see only Hibernate's own statements. Transaction control ({@code commit},
 * {@code rollback}) is not a statement and is not counted.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicLong count = new AtomicLong();
    private volatile String lastSql;

    /** The text of the last statement prepared (to compare Hibernate's SQL with the hand-written one). */
    String lastSql() {
        return lastSql;
    }

    long count() {
        return count.get();
    }

    void reset() {
        count.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? counting(connection) : result;
            });
        }
        return bean;
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                count.incrementAndGet();
                if (args != null && args.length > 0 && args[0] instanceof String sql) {
                    lastSql = sql;
                }
            }
            return invoke(target, method, args);
        });
    }

    private interface Forward<T> {
        Object call(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Forward<T> forward) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            return forward.call(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
