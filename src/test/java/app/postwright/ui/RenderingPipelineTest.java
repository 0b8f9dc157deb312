package app.postwright.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
}
