package app.postwright.cli;

import picocli.CommandLine;

/** Lets picocli create commands that receive the shared {@link Services} through their constructor. */
final class ServicesFactory implements CommandLine.IFactory {
    private final Services services;

    ServicesFactory(Services services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Services.class).newInstance(services);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
