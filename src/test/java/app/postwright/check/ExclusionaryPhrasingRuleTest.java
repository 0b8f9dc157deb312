package app.postwright.check;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.render.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static app.postwright.check.TestPostings.matched;
import static app.postwright.check.TestPostings.run;
import static app.postwright.check.TestPostings.withBullets;
import static app.postwright.check.TestPostings.withText;
import static org.assertj.core.api.Assertions.assertThat;

class ExclusionaryPhrasingRuleTest {
    private final ExclusionaryPhrasingRule rule = new ExclusionaryPhrasingRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Join us as a rockstar engineer | rockstar | exclusionary.hype-title | WARNING",
            "A true coding ninja | ninja | exclusionary.hype-title | WARNING",
            "Our data gurus | gurus | exclusionary.hype-title | WARNING",
            "A young and dynamic team | young | exclusionary.age | WARNING",
            "You are a digital native | digital native | exclusionary.age | WARNING",
            "Ideal for recent graduates | recent graduates | exclusionary.age | TIP",
            "We hire for culture fit | culture fit | exclusionary.culture | WARNING",
            "We work hard, play hard | work hard, play hard | exclusionary.culture | WARNING",
            "You will hit the ground running | hit the ground running | exclusionary.culture | WARNING",
            "Applicants must be able-bodied | able-bodied | exclusionary.physical | WARNING",
            "Must be able to lift 20 kg | Must be able to lift | exclusionary.physical | TIP",
            "Native English speaker | Native English speaker | exclusionary.origin | WARNING",
            "Create synergy across teams | synergy | exclusionary.jargon | TIP",
            "Hey guys | guys | exclusionary.gendered | WARNING",
            "He/she will own billing | He/she | exclusionary.pronoun | TIP",
            "His or her code | His or her | exclusionary.pronoun | TIP",
    })
    void flags(String bullet, String matched, String ruleId, Severity severity) {
        List<Finding> findings = run(rule, withBullets(bullet));
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.matchedText()).isEqualTo(matched);
        assertThat(finding.ruleId()).isEqualTo(ruleId);
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.suggestion()).isNotBlank();
        assertThat(finding.message()).contains("source:");
        int start = bullet.indexOf(matched);
        assertThat(finding.location().span()).isEqualTo(new Span(start, start + matched.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We encourage women and people of colour to apply.",
            "We welcome applications from young people and older workers alike.",
            "Applications from disabled candidates are especially welcome.",
            "We do not discriminate on the basis of age.",
            "We welcome experienced nurses and recent graduates who are ready to learn.",
            "Work from our Youngstown office",
            "Based in Gurugram",
            "Native apps for iOS and Android",
            "The new hire reports to Maria Chen. She will mentor you.",
            "The successful candidate reports to our CTO, Sam Lee. He will review your first designs.",
            "Candidates meet the team lead, who plans the sprint; she will show you the code.",
    })
    void doesNotFlag(String text) {
        assertThat(run(rule, withText(text))).isEmpty();
    }

    @Test
    void flagsHeWhenItMeansTheCandidate() {
        List<Finding> findings = run(rule, withText("The ideal candidate is curious. He will own our billing."));
        assertThat(findings).extracting(Finding::ruleId).containsExactly(ExclusionaryPhrasingRule.CANDIDATE_PRONOUN);
        assertThat(matched(findings)).containsExactly("He");
        assertThat(run(rule, withBullets("He will build dashboards"))).extracting(Finding::ruleId)
                .containsExactly(ExclusionaryPhrasingRule.CANDIDATE_PRONOUN);
    }

    @Test
    void aPronounPairIsReportedOnce() {
        assertThat(run(rule, withBullets("he or she will test"))).extracting(Finding::ruleId)
                .containsExactly("exclusionary.pronoun");
    }

    @Test
    void checksTheTitleToo() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("Rockstar Developer"), List.of());
        Finding finding = run(rule, posting).get(0);
        assertThat(finding.location()).isEqualTo(new FindingLocation.Details(DetailsField.TITLE, new Span(0, 8)));
    }

    @Test
    void allowListSilencesAPhrase() {
        assertThat(run(rule, withBullets("Our data gurus"), List.of("gurus"))).isEmpty();
    }
}
