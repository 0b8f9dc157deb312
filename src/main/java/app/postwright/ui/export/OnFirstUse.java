package app.postwright.ui.export;

import java.util.function.Supplier;

/** A value created by its factory when first asked for, then kept; safe to ask for from any thread. */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    private OnFirstUse(Supplier<T> factory) {
        this.factory = factory;
    }

    static <T> OnFirstUse<T> of(Supplier<T> factory) {
        return new OnFirstUse<>(factory);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
