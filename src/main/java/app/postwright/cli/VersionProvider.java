package app.postwright.cli;

import app.postwright.Version;
import picocli.CommandLine;

/** Prints "Postwright VERSION (built DATE)" for {@code --version}, the same line as the About box. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Version.describe()};
    }
}
