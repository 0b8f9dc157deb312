package app.postwright.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RenderingPipelineTest {
    @Test
    void linuxWithoutAnyGpuDeviceGetsTheSoftwareRenderer() {
        assertThat(RenderingPipeline.hasNoGpu("Linux", path -> false)).isTrue();
    }

    @Test
    void anyGpuDeviceKeepsJavaFxsOwnChoice() {
        for (String device : new String[] {"/dev/dri", "/dev/nvidia0", "/dev/dxg"}) {
            assertThat(RenderingPipeline.hasNoGpu("Linux", path -> path.equals(Path.of(device)))).as(device).isFalse();
        }
    }

    @Test
    void otherSystemsKeepJavaFxsOwnChoice() {
        assertThat(RenderingPipeline.hasNoGpu("Windows 11", path -> false)).isFalse();
        assertThat(RenderingPipeline.hasNoGpu("Mac OS X", path -> false)).isFalse();
        assertThat(RenderingPipeline.hasNoGpu(null, path -> false)).isFalse();
    }

    @Test
    void withoutAGpuTheSoftwareRendererIsChosenWithoutItsRegionCache() {
        assertThat(RenderingPipeline.choices("Linux", path -> false, name -> null))
                .containsExactly(Map.entry("prism.order", "sw"), Map.entry("prism.disableRegionCaching", "true"));
    }

    @Test
    void whatTheUserSetWins() {
        assertThat(RenderingPipeline.choices("Linux", path -> false, name -> name.equals("prism.order") ? "es2" : null))
                .isEmpty();
        assertThat(RenderingPipeline.choices("Linux", path -> false,
                name -> name.equals("prism.disableRegionCaching") ? "false" : null))
                .containsExactly(Map.entry("prism.order", "sw"));
    }

    @Test
    void withAGpuNothingIsSet() {
        assertThat(RenderingPipeline.choices("Linux", path -> true, name -> null)).isEmpty();
        assertThat(RenderingPipeline.choices("Windows 11", path -> false, name -> null)).isEmpty();
    }
}
