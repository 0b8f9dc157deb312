package app.postwright.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Picks JavaFX's software renderer up front on a Linux machine without a GPU device (virtual machines, remote
 * desktops, Xvfb). JavaFX otherwise tries its OpenGL pipeline first, which loads the system's OpenGL library; without
 * a GPU that is Mesa's software rasteriser with LLVM, which JavaFX then rejects ("System GPU doesn't meet the es2
 * pipe requirement") before falling back to the software renderer anyway, and the 50 MB of libraries stay mapped:
 * 57 MB more resident memory for the same window (docs/performance.md, fourth session). A {@code prism.order} the
 * user set is kept.
 *
 * <p>With the software renderer it also turns off JavaFX's region cache: JavaFX draws the rounded backgrounds of
 * controls once into a 2048×1024 texture and copies them from there, which saves work on a GPU but, in software, is an
 * 8 MB int array on the Java heap for the whole session, while the software renderer draws those backgrounds about
 * as fast as it copies them (docs/performance.md, fifth session). A value the user set is kept.
 */
public final class RenderingPipeline {
    static final String PRISM_ORDER = "prism.order";
    static final String DISABLE_REGION_CACHING = "prism.disableRegionCaching";
    /** How a Linux process reaches a GPU: DRM devices (Mesa drivers), NVIDIA's own driver, WSL's GPU bridge. */
    private static final List<Path> GPU_DEVICES = List.of(Path.of("/dev/dri"), Path.of("/dev/nvidia0"),
            Path.of("/dev/dxg"));

    private RenderingPipeline() {
    }

    /** Call before the JavaFX toolkit starts; it reads the properties once. */
    public static void chooseBeforeStartup() {
        choices(System.getProperty("os.name"), Files::exists, System::getProperty).forEach(System::setProperty);
    }

    /**
     * The system properties to set, given the operating system, which device files exist, and the properties
     * already set ({@code userValue} answers null for one not set): none, or the software renderer without the
     * region cache.
     */
    static Map<String, String> choices(String osName, Predicate<Path> exists, UnaryOperator<String> userValue) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (userValue.apply(PRISM_ORDER) == null && hasNoGpu(osName, exists)) {
            choices.put(PRISM_ORDER, "sw");
            if (userValue.apply(DISABLE_REGION_CACHING) == null) {
                choices.put(DISABLE_REGION_CACHING, "true");
            }
        }
        return choices;
    }

    /**
     * True on Linux when none of the GPU device files exists. Other systems always have a GPU driver JavaFX can
     * use (Direct3D, Metal, or a software one it accepts).
     */
    static boolean hasNoGpu(String osName, Predicate<Path> exists) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux")
                && GPU_DEVICES.stream().noneMatch(exists);
    }
}
