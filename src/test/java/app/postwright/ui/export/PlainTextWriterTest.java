package app.postwright.ui.export;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.WorkplaceType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextWriterTest {
    private final PlainTextWriter writer = new PlainTextWriter();

    @Test
    void writesTitleDetailsSectionsAndHowToApplyReadably() {
        assertThat(writer.write(ExportFixtures.backendDeveloper())).isEqualTo("""
                Backend Systems Developer

                Company: Acme Systems
                Department: Platform
                Location: Berlin, DE
                Workplace: Hybrid
                Employment type: Full-time
                Salary: 70,000–90,000 EUR per year
                Reports to: Head of Platform
                Date posted: 2025-03-01
                Apply by: 2025-04-15

                Job Brief
                We are seeking a skilled Backend Systems Developer.

                You will own our APIs (https://acme.example/api) end to end.

                Responsibilities
                • Develop server-side logic
                • Optimize for speed and scalability
                • Keep main green

                Additional Information
                Work Environment: Office-based with remote days
                Employment Type: Full-time

                FAQs
                Q: Is the role remote?
                A: Hybrid: two days in Berlin.

                How to apply
                Send your CV and a short note.
                Apply online: https://acme.example/jobs/42
                Email: jobs@acme.example
                """);
    }

    @Test
    void leavesOutHiddenSectionsEmptyDetailsAndBlankBullets() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("Designer"), List.of(
                new BulletSection("Skills", List.of("Figma", "  ")),
                new BulletSection("Hidden", false, List.of("secret"), Map.of())));

        assertThat(writer.write(posting)).isEqualTo("Designer\n\nSkills\n• Figma\n");
    }

    @Test
    void namesApplicantRegionsOfRemoteRoles() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("SRE").withWorkplaceType(WorkplaceType.REMOTE)
                .withRemoteRegions(List.of("DE", "AT")), List.of());

        assertThat(writer.write(posting)).isEqualTo("SRE\n\nWorkplace: Remote\nApplicants from: DE, AT\n");
    }
}
