import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a macOS .icns from PNG files. An .icns is a container: "icns", the total length, then one entry per image:
 * a four-letter type that names the pixel size, the entry's length (header included) and the PNG bytes as they are.
 * Run with the JDK's single-file launcher: {@code java MakeIcns.java OUT.icns DIR} where DIR holds icon-SIZE.png.
 */
public final class MakeIcns {
    /** Entry type → PNG size; the "@2x" types reuse the next larger PNG. */
    private static final Map<String, Integer> TYPES = Map.of(
            "icp4", 16, "icp5", 32, "icp6", 64, "ic07", 128, "ic08", 256, "ic09", 512,
            "ic11", 32, "ic12", 64, "ic13", 256, "ic14", 512);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        for (String type : TYPES.keySet().stream().sorted().toList()) {
            byte[] png = Files.readAllBytes(dir.resolve("icon-" + TYPES.get(type) + ".png"));
            data.writeBytes(type);
            data.writeInt(8 + png.length);
            data.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + entries.size());
        entries.writeTo(file);
        Files.write(out, file.toByteArray());
    }
}
