package app.postwright.cli;

import app.postwright.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Guards that keep commands from overwriting what the user did not ask to overwrite. */
final class OutputPaths {
    private OutputPaths() {
    }

    /** Refuses to replace an existing file unless the command was given --force. */
    static void refuseExisting(Path output) {
        if (Files.exists(output)) {
            throw new BadInputException(output + " already exists; choose another name or add --force to replace it");
        }
    }

    /** The file name without its last extension: "senior-backend.json" → "senior-backend". */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
