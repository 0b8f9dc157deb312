package app.postwright.ui.export;

import app.postwright.model.Posting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Suggests where an export goes: next to the draft and named after it, or named after the posting's title. */
public final class ExportFileNames {
    /** Used when the posting has no title to name the file after. */
    static final String FALLBACK_NAME = "job-posting";
    private static final int MAX_SLUG_LENGTH = 60;

    private ExportFileNames() {
    }

    /**
     * The suggested destination. The folder is the draft's folder, else {@code lastFolder} when it still exists,
     * else {@code homeFolder}; the name is the draft's base name, else the title's slug, with the format's extension.
     */
    public static Path suggest(Posting posting, Path draftFile, Path lastFolder, Path homeFolder, ExportFormat format) {
        Path folder;
        String baseName;
        if (draftFile != null) {
            folder = draftFile.toAbsolutePath().getParent();
            baseName = baseName(draftFile.getFileName().toString());
        } else {
            folder = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder : homeFolder;
            baseName = slug(posting.details().title());
        }
        return folder.resolve(baseName + "." + format.extension());
    }

    /**
     * "Senior Backend Engineer (m/w/d)" → "senior-backend-engineer-m-w-d". Letters of every script are kept (file
     * systems take them), accents are dropped from Latin letters, everything else becomes one hyphen.
     */
    public static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK_NAME : slug;
    }

    /**
     * {@code file} with the extension of {@code format}: an export format's extension is replaced, any other part
     * after a dot is kept ("report.v2" → "report.v2.pdf"), so switching formats never eats a chosen name.
     */
    public static Path withExtension(Path file, ExportFormat format) {
        String fileName = file.getFileName().toString();
        String extension = extension(fileName);
        boolean exportExtension = false;
        for (ExportFormat each : ExportFormat.values()) {
            exportExtension |= each.extension().equalsIgnoreCase(extension);
        }
        String name = (exportExtension ? baseName(fileName) : fileName) + "." + format.extension();
        return file.resolveSibling(name);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1) : "";
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
