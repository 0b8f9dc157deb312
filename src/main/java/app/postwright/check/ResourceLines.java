package app.postwright.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a word or phrase list shipped with the checks: UTF-8, one entry a line, '#' starts a comment line. */
final class ResourceLines {
    private ResourceLines() {
    }

    static List<String> read(String name) {
        InputStream in = ResourceLines.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing check resource " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check resource " + name, e);
        }
    }
}
