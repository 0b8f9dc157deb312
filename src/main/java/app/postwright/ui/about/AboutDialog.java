package app.postwright.ui.about;

import app.postwright.Version;
import app.postwright.ui.DialogStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * Help → About: version and build date, the Java and JavaFX the app runs on, and every bundled component with its
 * licence (from components.tsv).
 */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(Window owner) {
        DialogStyle.owned(this, owner);
        setTitle("About Postwright");
        setHeaderText("Postwright " + Version.current()
                + "\nWrite job postings offline: a form per section, a live preview, HTML, Markdown and PDF export.");
        VBox content = new VBox(12, facts(), new Label("Bundled components and their licences:"), components());
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("about-dialog");
    }

    /** Opens the dialog without waiting for it to close. */
    public static void show(Window owner) {
        new AboutDialog(owner).show();
    }

    private static GridPane facts() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.addRow(0, new Label("Version"), value("about-version", Version.current()));
        grid.addRow(1, new Label("Built"), value("about-build-date", Version.buildDate()));
        grid.addRow(2, new Label("Java"), value("about-java", System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")"));
        grid.addRow(3, new Label("JavaFX"), value("about-javafx", System.getProperty("javafx.runtime.version")));
        return grid;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    private static TableView<BundledComponent> components() {
        TableView<BundledComponent> table = new TableView<>();
        table.setId("about-components");
        table.getColumns().add(column("Component", BundledComponent::name, 260));
        table.getColumns().add(column("Version", BundledComponent::version, 90));
        table.getColumns().add(column("Licence", BundledComponent::license, 280));
        table.getItems().setAll(BundledComponent.all());
        table.setPrefHeight(260);
        return table;
    }

    private static TableColumn<BundledComponent, String> column(String title,
                                                                Function<BundledComponent, String> value,
                                                                double width) {
        TableColumn<BundledComponent, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
