package app.postwright.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @Test
    void aPdfExportIsRecognisedInEverySpellingOfTheFormat() {
        assertThat(ExportCommand.mayExportPdf(new String[] {"export", "job.json", "--format", "pdf"})).isTrue();
        assertThat(ExportCommand.mayExportPdf(new String[] {"export", "job.json", "-fPDF"})).isTrue();
        assertThat(ExportCommand.mayExportPdf(new String[] {"export", "job.json", "--format=pdf"})).isTrue();
        assertThat(ExportCommand.mayExportPdf(new String[] {"export", "job.json", "-o", "out/job.pdf"})).isTrue();
    }

    @Test
    void otherFormatsAndCommandsDoNotWarmUpThePdfPipeline() {
        assertThat(ExportCommand.mayExportPdf(new String[] {"export", "job.json", "--format", "html"})).isFalse();
        assertThat(ExportCommand.mayExportPdf(new String[] {"check", "job.json", "--format", "pdf"})).isFalse();
        assertThat(ExportCommand.mayExportPdf(new String[0])).isFalse();
    }
}
