package app.postwright.ui;

import app.postwright.model.BulletSection;
import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Location;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.TextSection;
import app.postwright.model.WorkplaceType;

import java.util.List;
import java.util.Map;

/** A small posting with one section of each kind, shaped like the reference posting. */
public final class TestPostings {
    private TestPostings() {
    }

    public static Posting backendDeveloper() {
        PostingDetails details = PostingDetails.EMPTY.withTitle("Backend Systems Developer")
                .withCompany(Company.EMPTY.withName("Acme"))
                .withLocation(new Location("Berlin", "", "DE"))
                .withWorkplaceType(WorkplaceType.HYBRID)
                .withEmploymentType(EmploymentType.FULL_TIME);
        return new Posting(details, List.of(
                new TextSection("Job Brief", "We are seeking a skilled Backend Systems Developer."),
                new BulletSection("Responsibilities", List.of("Develop server-side logic", "Design data storage")),
                new FieldsSection("Additional Information", List.of(new Field("Work Environment", "Hybrid"))),
                new FaqSection("FAQs", true, List.of(new Faq("Is it remote?", "Partly.")), Map.of())));
    }
}
