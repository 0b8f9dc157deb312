package app.postwright;

import java.util.function.Supplier;

/** A value made on first use, once: the first thread to ask makes it, and any other asking meanwhile waits for it. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> factory;
    private T value;

    public Lazy(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
