package app.postwright.ui.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A library, runtime or font that the packaged app ships, with the licence it ships under. */
public record BundledComponent(String name, String version, String license) {

    private static final String RESOURCE = "components.tsv";

    /** The components listed in components.tsv (tab-separated; lines starting with # are comments). */
    public static List<BundledComponent> all() {
        try (InputStream in = BundledComponent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BundledComponent> parse(List<String> lines) {
        return lines.stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(BundledComponent::parseLine)
                .toList();
    }

    private static BundledComponent parseLine(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw new IllegalStateException(RESOURCE + ": expected component, version and licence: " + line);
        }
        return new BundledComponent(fields[0], fields[1], fields[2]);
    }
}
