package app.postwright.check;

import app.postwright.model.Company;
import app.postwright.model.Location;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static app.postwright.check.TestPostings.complete;
import static app.postwright.check.TestPostings.run;
import static app.postwright.check.TestPostings.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

class GoogleForJobsRuleTest {
    private final GoogleForJobsRule rule = new GoogleForJobsRule();

    private static Posting with(PostingDetails details) {
        return complete().withDetails(details);
    }

    private static PostingDetails details() {
        return complete().details();
    }

    @Test
    void aCompletePostingHasEverythingGoogleNeeds() {
        assertThat(run(rule, complete())).isEmpty();
    }

    @Test
    void datePostedAndDescriptionAreRequired() {
        assertThat(ruleIds(run(rule, with(details().withDatePosted(null))))).containsExactly("google.date-posted");
        assertThat(ruleIds(run(rule, complete().withSections(List.of())))).containsExactly("google.description");
    }

    @Test
    void closingBeforePostingIsAnError() {
        Finding finding = run(rule, with(details().withClosingDate(LocalDate.of(2026, 2, 1)))).get(0);
        assertThat(finding.ruleId()).isEqualTo("google.valid-through");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Backend Developer!!", "BACKEND DEVELOPER", "Backend Developer $120k",
            "Backend Developer at Acme Logistics", "Backend Developer (job 20931)"})
    void titleMustBeTheJobTitleAlone(String title) {
        assertThat(ruleIds(run(rule, with(details().withTitle(title))))).containsExactly("google.title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Senior C++ Developer", "Level 2 Support Engineer", "UX/UI Designer", "QA Lead"})
    void ordinaryTitlesPass(String title) {
        assertThat(run(rule, with(details().withTitle(title)))).isEmpty();
    }

    @Test
    void countryMustBeAnIsoCode() {
        assertThat(run(rule, with(details().withLocation(new Location("Denver", "CO", "USA")))))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("google.country");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(ruleIds(run(rule, with(details().withLocation(new Location("Denver", "CO", ""))))))
                .containsExactly("google.country");
    }

    @Test
    void remoteJobsNeedApplicantLocations() {
        PostingDetails remote = details().withLocation(Location.EMPTY).withWorkplaceType(WorkplaceType.REMOTE);
        assertThat(ruleIds(run(rule, with(remote)))).containsExactly("google.applicant-location");
        assertThat(run(rule, with(remote.withRemoteRegions(List.of("US", "CA"))))).isEmpty();
    }

    @Test
    void currencyMustBeIso4217() {
        PostingDetails details = details().withSalary(details().salary().withCurrency("ABC"));
        assertThat(ruleIds(run(rule, with(details)))).containsExactly("google.currency");
    }

    @Test
    void websiteMustBeAnAbsoluteUrl() {
        PostingDetails details = details().withCompany(new Company("Acme Logistics", "acme.example", ""));
        assertThat(ruleIds(run(rule, with(details)))).containsExactly("google.same-as");
    }
}
