package app.postwright.ui.editor;

import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
import app.postwright.model.Location;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.model.WorkplaceType;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The "Posting details" page: role, company, location, salary, dates and how to apply, in labelled groups.
 * Required facts and the salary range are marked with ControlsFX decorations; the rules are in
 * {@link DetailsValidation}.
 */
public final class DetailsForm implements ItemEditor {
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK",
            "NOK", "DKK", "PLN", "CZK", "JPY", "INR", "SGD", "BRL", "MXN", "ZAR");

    private final DetailsViewModel model;
    private final FormBindings bindings = new FormBindings();
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox content = new VBox(18);
    private final ScrollPane view = FormScroll.around(content);
    private final TextField title = new TextField();

    public DetailsForm(DetailsViewModel model) {
        this.model = model;
        Label kicker = new Label("POSTING DETAILS");
        kicker.getStyleClass().add("form-kicker");
        Label intro = new Label("The facts of the job. Fields marked * are required for a complete posting.");
        intro.getStyleClass().add("form-hint");
        intro.setWrapText(true);
        content.getChildren().addAll(new VBox(4, kicker, intro), role(), company(), location(), salary(), dates(),
                howToApply());
        content.getStyleClass().add("form");
        // The icon carries the message (tooltip); the style class outlines the field in the palette's error colour.
        validation.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration()));
        view.setId("details-form");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void refresh(Posting posting) {
        bindings.refresh(posting);
        validation.revalidate();
    }

    @Override
    public void focusFirst() {
        title.requestFocus();
    }

    private Node role() {
        text(title, "title", "Job title *", "The title candidates search for", PostingDetails::title,
                PostingDetails::withTitle);
        validate(title, () -> DetailsValidation.title(model.details()));
        TextField department = text(new TextField(), "department", "Department", "Team or department",
                PostingDetails::department, PostingDetails::withDepartment);
        TextField reportsTo = text(new TextField(), "reportsTo", "Reports to", "Who the role reports to",
                PostingDetails::reportsTo, PostingDetails::withReportsTo);
        ChoiceBox<EmploymentType> employment = choice("employmentType", "Employment type *",
                EmploymentType.values(), EmploymentType::label, PostingDetails::employmentType,
                PostingDetails::withEmploymentType);
        validate(employment, () -> DetailsValidation.employmentType(model.details()));
        TextField language = text(new TextField(), "language", "Language", "BCP 47 tag such as en or de-CH",
                PostingDetails::language, PostingDetails::withLanguage);
        return group("Role", row("Job title *", title), row("Department", department),
                row("Reports to", reportsTo), row("Employment type *", employment), row("Language", language));
    }

    private Node company() {
        TextField name = text(new TextField(), "company.name", "Company *", "The hiring organisation",
                d -> d.company().name(), (d, v) -> d.withCompany(d.company().withName(v)));
        validate(name, () -> DetailsValidation.company(model.details()));
        TextField website = text(new TextField(), "company.website", "Website", "https://…",
                d -> d.company().website(), (d, v) -> d.withCompany(d.company().withWebsite(v)));
        return group("Company", row("Company *", name), row("Website", website));
    }

    private Node location() {
        ChoiceBox<WorkplaceType> workplace = choice("workplaceType", "Workplace", WorkplaceType.values(),
                WorkplaceType::label, PostingDetails::workplaceType, PostingDetails::withWorkplaceType);
        TextField city = locationField("city", "City", Location::city, Location::withCity);
        validate(city, () -> DetailsValidation.location(model.details()));
        TextField region = locationField("region", "Region", Location::region, Location::withRegion);
        TextField country = locationField("country", "Country", Location::country, Location::withCountry);
        country.setPromptText("Two-letter code, e.g. DE");
        TextField remote = text(new TextField(), "remoteRegions", "Remote from",
                "Countries or regions, comma separated",
                d -> String.join(", ", d.remoteRegions()), (d, v) -> d.withRemoteRegions(splitList(v)));
        workplace.valueProperty().addListener((obs, old, value) -> validation.revalidate());
        return group("Location", row("Workplace", workplace), row("City *", city), row("Region", region),
                row("Country", country), row("Remote from", remote));
    }

    private Node salary() {
        TextField minimum = amount("salary.minimum", "Minimum", SalaryRange::minimum, SalaryRange::withMinimum);
        TextField maximum = amount("salary.maximum", "Maximum", SalaryRange::maximum, SalaryRange::withMaximum);
        ComboBox<String> currency = new ComboBox<>(FXCollections.observableArrayList(CURRENCIES));
        currency.setEditable(true);
        describe(currency, "details-currency", "Currency", "ISO 4217 code, e.g. EUR");
        bindings.value(currency.valueProperty(), p -> p.details().salary().currency(),
                value -> model.choose((d, v) -> d.withSalary(d.salary().withCurrency(v)), value == null ? "" : value));
        ChoiceBox<PayPeriod> period = choice("salary.period", "Pay period", PayPeriod.values(),
                p -> "per " + p.label(), d -> d.salary().period(), (d, v) -> d.withSalary(d.salary().withPeriod(v)));
        return group("Salary", row("Minimum", minimum), row("Maximum", maximum), row("Currency", currency),
                row("Pay period", period));
    }

    private Node dates() {
        DatePicker posted = date("datePosted", "Date posted", PostingDetails::datePosted,
                PostingDetails::withDatePosted);
        DatePicker closing = date("closingDate", "Closing date", PostingDetails::closingDate,
                PostingDetails::withClosingDate);
        return group("Dates", row("Date posted", posted), row("Closing date", closing));
    }

    private Node howToApply() {
        TextField url = text(new TextField(), "apply.url", "Application link", "https://…",
                d -> d.howToApply().url(), (d, v) -> d.withHowToApply(d.howToApply().withUrl(v)));
        TextField email = text(new TextField(), "apply.email", "Email", "jobs@example.com",
                d -> d.howToApply().email(), (d, v) -> d.withHowToApply(d.howToApply().withEmail(v)));
        TextArea instructions = new TextArea();
        instructions.setPrefRowCount(3);
        instructions.setWrapText(true);
        text(instructions, "apply.instructions", "Instructions", "What to send, e.g. CV and a short note",
                d -> d.howToApply().instructions(), (d, v) -> d.withHowToApply(d.howToApply().withInstructions(v)));
        return group("How to apply", row("Link", url), row("Email", email), row("Instructions", instructions));
    }

    private <C extends TextInputControl> C text(C control, String key, String name, String prompt,
                                                Function<PostingDetails, String> read,
                                                BiFunction<PostingDetails, String, PostingDetails> write) {
        describe(control, "details-" + key.replace('.', '-'), name, prompt);
        control.setPromptText(prompt);
        bindings.text(control, p -> read.apply(p.details()), value -> model.type(key, read, write, value),
                (p, value) -> read.apply(write.apply(p.details(), value)));
        return control;
    }

    private TextField locationField(String key, String name, Function<Location, String> read,
                                    BiFunction<Location, String, Location> write) {
        return text(new TextField(), "location." + key, name, name, d -> read.apply(d.location()),
                (d, v) -> d.withLocation(write.apply(d.location(), v)));
    }

    /** A salary amount: the model changes only on valid input, and the text is replaced only on a real change. */
    private TextField amount(String key, String name, Function<SalaryRange, BigDecimal> read,
                             BiFunction<SalaryRange, BigDecimal, SalaryRange> write) {
        TextField field = new TextField();
        describe(field, "details-" + key.replace('.', '-'), name, "e.g. 90,000");
        field.setPromptText("e.g. 90,000");
        field.textProperty().addListener((obs, old, text) -> {
            BigDecimal current = read.apply(model.details().salary());
            if (!sameAmount(DetailsValidation.parseAmount(text).orElse(null), current)) {
                model.typeAmount(key, (d, v) -> d.withSalary(write.apply(d.salary(), v)), old, text);
            }
        });
        bindings.custom(p -> {
            BigDecimal value = read.apply(p.details().salary());
            if (!sameAmount(DetailsValidation.parseAmount(field.getText()).orElse(null), value)) {
                field.setText(value == null ? "" : value.toPlainString());
            }
        });
        validate(field, () -> DetailsValidation.amountText(field.getText())
                .or(() -> DetailsValidation.salaryOrder(model.details())));
        return field;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private <T> ChoiceBox<T> choice(String key, String name, T[] values, Function<T, String> label,
                                    Function<PostingDetails, T> read,
                                    BiFunction<PostingDetails, T, PostingDetails> write) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(Arrays.asList(values));
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "Not specified" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes are not edited as text");
            }
        });
        describe(box, "details-" + key.replace('.', '-'), name, name);
        bindings.value(box.valueProperty(), p -> read.apply(p.details()), value -> model.choose(write, value));
        return box;
    }

    private DatePicker date(String key, String name, Function<PostingDetails, LocalDate> read,
                            BiFunction<PostingDetails, LocalDate, PostingDetails> write) {
        DatePicker picker = new DatePicker();
        describe(picker, "details-" + key, name, "Pick a date or type it");
        bindings.value(picker.valueProperty(), p -> read.apply(p.details()), value -> model.choose(write, value));
        return picker;
    }

    private static void describe(Control control, String id, String name, String tooltip) {
        control.setId(id);
        control.setAccessibleText(name);
        control.setTooltip(new Tooltip(tooltip));
        control.setMaxWidth(Double.MAX_VALUE);
    }

    private void validate(Control control, java.util.function.Supplier<Optional<String>> problem) {
        validation.registerValidator(control, false, (Control c, Object value) -> problem.get()
                .map(message -> ValidationResult.fromError(c, message)).orElseGet(ValidationResult::new));
    }

    private static Node row(String label, Control control) {
        Label name = new Label(label);
        name.setLabelFor(control);
        name.getStyleClass().add("field-label");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        ColumnConstraints labels = new ColumnConstraints(130);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, name, control);
        return grid;
    }

    private static Node group(String title, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("group-title");
        VBox group = new VBox(8, heading);
        group.getChildren().addAll(rows);
        group.getStyleClass().add("form-group");
        return group;
    }

    private static List<String> splitList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
