package mx.gob.inm.citas.application.fakes;

import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;

/**
 * Plays the container's {@code @Transactional} for services wired to fakes: a call that ends in an exception
 * puts the fake stores back as they were, unless the service's annotation says not to roll back for it (as
 * {@code dontRollbackOn} does in the container). So fast tests see the same all-or-nothing a real transaction gives.
 */
public final class FakeTransactions {

    private FakeTransactions() {
    }

    public static <T> T around(Class<T> port, T service, Snapshotting... stores) {
        List<Snapshotting> all = Arrays.asList(stores);
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            List<Object> saved = all.stream().map(Snapshotting::snapshot).toList();
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                if (rollsBack(service, method, failure)) {
                    for (int i = 0; i < all.size(); i++) {
                        all.get(i).restore(saved.get(i));
                    }
                }
                throw failure;
            }
        }));
    }

    private static boolean rollsBack(Object service, Method method, Throwable failure) throws NoSuchMethodException {
        if (!(failure instanceof RuntimeException)) {
            return false;
        }
        Method implementation = service.getClass().getMethod(method.getName(), method.getParameterTypes());
        Transactional tx = implementation.getAnnotation(Transactional.class);
        if (tx == null) {
            tx = service.getClass().getAnnotation(Transactional.class);
        }
        if (tx == null) {
            return false;
        }
        return Arrays.stream(tx.dontRollbackOn()).noneMatch(type -> type.isInstance(failure));
    }
}
