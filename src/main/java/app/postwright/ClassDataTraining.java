package app.postwright;

import app.postwright.cli.PostwrightCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The build's training runs for the class-data-sharing archives next to the jar (see pom.xml, "class-data-archive"):
 * run under {@code -XX:ArchiveClassesAtExit}, it loads what a start of Postwright loads, so that {@link TunedJvm}'s
 * JVM maps those classes from the archive instead of reading and verifying them from the jar. The command line's
 * slowest start, a PDF export, runs for real; for the editor's archive, the editor's classes up to its first window
 * are then loaded too (from a list recorded under Xvfb by packaging/record-editor-classes.sh), because the build may
 * have no display.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=postwright.jsa -cp postwright.jar app.postwright.ClassDataTraining
 * editor|command-line export DRAFT --format pdf -o OUT.pdf}
 */
public final class ClassDataTraining {
    private static final String EDITOR_CLASSES = "/app/postwright/cds/editor-classes.txt";

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !(args[0].equals("editor") || args[0].equals("command-line"))) {
            System.err.println("usage: ClassDataTraining editor|command-line COMMAND...");
            System.exit(2);
        }
        int exitCode = PostwrightCommand.run(Arrays.copyOfRange(args, 1, args.length));
        if (exitCode != 0) {
            System.exit(exitCode);
        }
        if (args[0].equals("editor")) {
            int loaded = loadEditorClasses();
            System.out.println("class-data training: command ran, " + loaded + " editor classes loaded");
        } else {
            System.out.println("class-data training: command ran");
        }
    }

    /** Loads (without initialising: no toolkit starts) every listed class this jar still has. */
    private static int loadEditorClasses() {
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassDataTraining.class.getResourceAsStream(EDITOR_CLASSES);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name;
            while ((name = lines.readLine()) != null) {
                if (!name.isBlank() && !name.startsWith("#") && load(name.strip(), loader)) {
                    loaded++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    /** False for a class that is gone or cannot be linked here (a stale list entry): the archive just lacks it. */
    private static boolean load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
