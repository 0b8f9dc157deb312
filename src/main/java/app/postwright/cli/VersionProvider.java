package app.postwright.cli;

import app.postwright.Version;
import picocli.CommandLine;

/** Prints "Postwright VERSION" for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Postwright " + Version.current()};
    }
}
