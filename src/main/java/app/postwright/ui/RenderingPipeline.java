package app.postwright.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Picks JavaFX's software renderer up front on a Linux machine without a GPU device (virtual machines, remote
 * desktops, Xvfb). JavaFX otherwise tries its OpenGL pipeline first, which loads the system's OpenGL library; without
 * a GPU that is Mesa's software rasteriser with LLVM, which JavaFX then rejects ("System GPU doesn't meet the es2
 * pipe requirement") before falling back to the software renderer anyway, and the 50 MB of libraries stay mapped:
 * 57 MB more resident memory for the same window (docs/performance.md, fourth session). A {@code prism.order} the
 * user set is kept.
 */
public final class RenderingPipeline {
    static final String PRISM_ORDER = "prism.order";
    /** How a Linux process reaches a GPU: DRM devices (Mesa drivers), NVIDIA's own driver, WSL's GPU bridge. */
    private static final List<Path> GPU_DEVICES = List.of(Path.of("/dev/dri"), Path.of("/dev/nvidia0"),
            Path.of("/dev/dxg"));

    private RenderingPipeline() {
    }

    /** Call before the JavaFX toolkit starts; it reads the property once. */
    public static void chooseBeforeStartup() {
        if (System.getProperty(PRISM_ORDER) == null && hasNoGpu(System.getProperty("os.name"), Files::exists)) {
            System.setProperty(PRISM_ORDER, "sw");
        }
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
