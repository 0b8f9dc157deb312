package app.postwright.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The style sheet inlined into each document: the shared base ({@code assets/themes/base.css}), the theme's own
 * file on top of it, and the page size chosen for print. Loaded once per instance, so rendering reads no files.
 */
final class ThemeStyles {
    private static final String FOLDER = "/assets/themes/";

    private final String base;
    private final Map<Theme, String> themes = new EnumMap<>(Theme.class);

    ThemeStyles() {
        base = load("base");
        for (Theme theme : Theme.values()) {
            themes.put(theme, load(theme.id()));
        }
    }

    /**
     * The complete CSS for {@code options}. In right-to-left documents the footer shows the bare page number:
     * openhtmltopdf reorders the pieces of "Page 1 of 3" one by one there and would print "3 of 1Page".
     */
    String css(RenderOptions options, boolean rightToLeft) {
        String pageNumber = rightToLeft ? "counter(page)" : "\"Page \" counter(page) \" of \" counter(pages)";
        return base + "\n" + themes.get(options.theme()) + "\n@page {\n    size: " + pageSize(options.pageSize())
                + ";\n    @bottom-center {\n        content: " + pageNumber + ";\n"
                + "        font-family: \"DejaVu Sans\", sans-serif;\n        font-size: 8pt;\n        color: #6b7280;\n"
                + "    }\n}\n";
    }

    private static String pageSize(PageSize size) {
        return switch (size) {
            case A4 -> "A4";
            case LETTER -> "letter";
        };
    }

    private static String load(String name) {
        String path = FOLDER + name + ".css";
        try (InputStream in = ThemeStyles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("style sheet " + path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style sheet " + path, e);
        }
    }
}
