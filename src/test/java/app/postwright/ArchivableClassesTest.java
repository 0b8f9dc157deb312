package app.postwright;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.DataInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's class-data-sharing archive can hold only class files of version 50 (Java 6) or later: older
 * ones JDK 17 loads and verifies anew on every start. picocli's jar holds Java 5 class files, so the build compiles
 * picocli from its sources (pom.xml, {@code compile-picocli}).
 */
class ArchivableClassesTest {
    private static final int JAVA_6 = 50;

    @Test
    void picocliIsCompiledForAJavaThatClassDataSharingArchives() throws IOException {
        assertThat(classFileVersion(CommandLine.class)).isGreaterThanOrEqualTo(JAVA_6);
        assertThat(classFileVersion(CommandLine.Model.CommandSpec.class)).isGreaterThanOrEqualTo(JAVA_6);
    }

    private static int classFileVersion(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (DataInputStream in = new DataInputStream(type.getResourceAsStream(resource))) {
            in.skipBytes(6); // magic, minor version
            return in.readUnsignedShort();
        }
    }
}
