package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.HowToApply;
import app.postwright.model.Location;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.model.WorkplaceType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Postings for render tests, reusable by other packages' tests: {@link #richPosting()} fills every detail and
 * uses every section kind (with inline Markdown, a hidden section, and about 1,000 words in all),
 * {@link #multilingualPosting()} mixes the world's scripts, {@link #everywhere(String)} puts one string into
 * every user-editable text.
 */
public final class Fixtures {
    /** Index of the hidden section in {@link #richPosting()}. */
    public static final int HIDDEN_SECTION_INDEX = 6;

    private Fixtures() {
    }

    public static PostingDetails richDetails() {
        return new PostingDetails(
                "Backend Systems Developer",
                new Company("Northwind Analytics", "northwind.example", ""),
                "Platform Engineering",
                new Location("Berlin", "Berlin", "DE"),
                WorkplaceType.HYBRID,
                List.of("DE", "AT", "CH"),
                EmploymentType.FULL_TIME,
                new SalaryRange(new BigDecimal("70000"), new BigDecimal("90000"), "EUR", PayPeriod.YEAR),
                "Head of Platform Engineering",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 15),
                new HowToApply("https://careers.northwind.example/jobs/backend-42", "jobs@northwind.example",
                        "Send your CV and a short note about a system you are proud of. We reply to **every** "
                                + "application within two weeks."),
                "en",
                Map.of());
    }

    public static Posting richPosting() {
        List<Section> sections = new ArrayList<>();
        sections.add(new TextSection("Job Brief", """
                We are seeking a skilled **Backend Systems Developer** to contribute to the development and \
                optimization of our system applications. You will be responsible for server-side web application \
                logic, database management, and integration of the front-end elements built by your co-workers.

                Our ideal candidate has a solid background in software engineering and is proficient in data \
                architecture and languages such as *Java*, Python or `Kotlin`. Read about our stack on \
                [our engineering blog](https://blog.northwind.example/stack).

                Familiarity with front-end languages, system administration and network diagnostics is also \
                desired, as is curiosity about how large systems behave under load, how they fail, and how a \
                small team can keep them calm at three in the morning without heroics."""));
        sections.add(new BulletSection("Responsibilities", List.of(
                "Collaborate with front-end developers to integrate user-facing elements with server-side logic",
                "Build reusable code and libraries for future use",
                "Optimize applications for speed and scalability",
                "Implement data storage solutions on **PostgreSQL** and object storage",
                "Manage the hosting environment, including database administration and scaling applications to "
                        + "support load changes",
                "Develop and maintain functional and stable web applications to meet our company's needs",
                "Participate in the entire application lifecycle, focusing on coding and debugging",
                "Troubleshoot and debug applications, and write the post-mortem when something goes wrong",
                "Review code with care and kindness; mentor the junior developers in the team")));
        sections.add(new BulletSection("Qualifications", List.of(
                "Proven work experience as a backend developer (3+ years)",
                "In-depth understanding of the entire web development process (design, development and deployment)",
                "Hands-on experience with programming languages like Java, Ruby, PHP and Python",
                "Familiarity with front-end languages (e.g. HTML, JavaScript and CSS)",
                "Excellent analytical and time management skills",
                "Teamwork skills with a problem-solving attitude",
                "BSc degree in Computer Science or a relevant field, or equivalent experience")));
        sections.add(new TextSection("Experience", """
                For this role we look for three to five years of experience building and running backend \
                services in production. You have designed APIs that other teams depend on, owned a database \
                schema through several migrations, and been on call for the systems you built.

                Experience with message queues, caching layers and observability tooling (metrics, traces, \
                structured logs) helps, as does a habit of writing things down so that the next person can \
                pick them up."""));
        sections.add(new BulletSection("Benefits", List.of(
                "30 days of paid holiday plus public holidays",
                "Health, dental, and vision insurance",
                "Flexible working hours and up to three days a week from home",
                "A yearly learning budget of 2,000 EUR for books, courses and conferences",
                "Company-paid public transport ticket",
                "Regular team building activities")));
        sections.add(new FieldsSection("Additional Information", List.of(
                new Field("Job Title", "Backend Systems Developer"),
                new Field("Work Environment", "Office-based in Berlin with options for remote work. Occasional "
                        + "travel may be required for team meetings."),
                new Field("Reporting Structure", "Reports to the Head of Platform Engineering."),
                new Field("Salary", "70,000–90,000 EUR per year, depending on experience."),
                new Field("Employment Type", "Full-time, permanent"),
                new Field("Equal Opportunity Statement", "We are an equal opportunity employer and value "
                        + "diversity at our company. We do not discriminate on the basis of race, religion, color, "
                        + "national origin, gender, sexual orientation, age, marital status, veteran status, or "
                        + "disability status."),
                new Field("Application Instructions", "Apply through [our careers page]"
                        + "(https://careers.northwind.example/jobs/backend-42) or write to "
                        + "<jobs@northwind.example>."))));
        sections.add(new TextSection("Internal notes", false, "Budget approved by finance; do not publish.",
                Map.of()));
        sections.add(new FaqSection("FAQs", List.of(
                new Faq("What skills does a Backend Systems Developer need?", """
                        A strong understanding of programming languages such as Java, Python or Go, and \
                        experience with databases such as PostgreSQL or MySQL.

                        Problem-solving skills, attention to detail and the ability to stay calm under pressure \
                        matter just as much."""),
                new Faq("Do I need a degree?", "No. Significant work experience and a demonstrated "
                        + "understanding of server technologies can substitute for formal education."),
                new Faq("What does the interview process look like?", "A 30-minute call with the hiring "
                        + "manager, a take-home exercise of about three hours (paid), and a final conversation "
                        + "with two future colleagues. The whole process takes about three weeks."),
                new Faq("Is it possible to work remotely?", "Yes: up to three days a week from anywhere in "
                        + "Germany, Austria or Switzerland."))));
        return new Posting(richDetails(), sections);
    }

    /** Greek, Cyrillic, Chinese, Japanese, Arabic, Hebrew, accented Latin and an emoji in one posting. */
    public static Posting multilingualPosting() {
        return new Posting(richDetails().withTitle("Entwickler:in für Backend-Systeme (m/w/d)"), List.of(
                new TextSection("Ελληνικά", "Αναζητούμε έναν έμπειρο προγραμματιστή συστημάτων."),
                new TextSection("Русский", "Мы ищем опытного разработчика серверных систем."),
                new BulletSection("中文 と 日本語", List.of("我们正在寻找一名后端系统开发人员。",
                        "バックエンドシステム開発者を募集しています。")),
                new TextSection("العربية", "نحن نبحث عن مطور أنظمة خلفية ذي خبرة."),
                new TextSection("עברית", "אנחנו מחפשים מפתח מערכות צד שרת מנוסה."),
                new TextSection("Français", "Nous recherchons un développeur expérimenté. Café, crème brûlée, "
                        + "naïve façade — ✓ 🚀")));
    }

    /** A posting in a right-to-left language, so the document direction flips. */
    public static Posting hebrewPosting() {
        return new Posting(richDetails().withLanguage("he").withTitle("מפתח/ת מערכות צד שרת"), List.of(
                new TextSection("על התפקיד", "אנחנו מחפשים מפתח מערכות צד שרת מנוסה."),
                new BulletSection("דרישות", List.of("ניסיון של שלוש שנים לפחות", "ידע ב-Java"))));
    }

    /** Every user-editable text of a posting set to {@code text}, to prove it is handled safely everywhere. */
    public static Posting everywhere(String text) {
        PostingDetails details = new PostingDetails(text, new Company(text, text, text), text,
                new Location(text, text, text), WorkplaceType.REMOTE, List.of(text), EmploymentType.OTHER,
                new SalaryRange(BigDecimal.ONE, BigDecimal.TEN, text, PayPeriod.HOUR), text, null, null,
                new HowToApply(text, text, text), text, Map.of());
        return new Posting(details, List.of(
                new TextSection(text, text),
                new BulletSection(text, List.of(text, text)),
                new FieldsSection(text, List.of(new Field(text, text))),
                new FaqSection(text, List.of(new Faq(text, text)))));
    }
}
