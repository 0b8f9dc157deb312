package app.postwright.ui.action;

import app.postwright.model.StandardSection;
import app.postwright.render.Theme;
import app.postwright.ui.AppTheme;
import app.postwright.ui.DialogStyle;
import app.postwright.ui.Settings;
import app.postwright.ui.about.AboutDialog;
import app.postwright.ui.document.DocumentModel;
import app.postwright.ui.files.FileActions;
import app.postwright.ui.outline.OutlineViewModel;
import app.postwright.ui.preview.PreviewOptions;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The menu bar: File, Edit, Section, View, Help, with every shortcut shown next to its command. Editing commands
 * are disabled while the start view is shown, the Section menu also while the document is read-only (Save then
 * asks for a new file, see {@link FileActions#save()}).
 */
public final class MainMenu {
    private final FileActions files;
    private final DocumentModel document;
    private final OutlineViewModel outline;
    private final Settings settings;
    private final WindowCommands commands;
    private final ObservableBooleanValue noDocument;

    public MainMenu(FileActions files, DocumentModel document, OutlineViewModel outline, Settings settings,
                    WindowCommands commands, ObservableBooleanValue noDocument) {
        this.files = files;
        this.document = document;
        this.outline = outline;
        this.settings = settings;
        this.commands = commands;
        this.noDocument = noDocument;
    }

    /** @param checksShown whether the checks panel is shown below the editor */
    public MenuBar build(PreviewOptions preview, ObjectProperty<AppTheme> appTheme, BooleanProperty checksShown) {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), sectionMenu(), viewMenu(preview, appTheme, checksShown),
                helpMenu());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        Menu file = new Menu("_File", null,
                item("menu-new", "_New…", "Shortcut+N", commands::newPosting),
                item("menu-open", "_Open…", "Shortcut+O", files::openWithDialog),
                recent,
                new SeparatorMenuItem(),
                editing(item("menu-save", "_Save", "Shortcut+S", files::save)),
                editing(item("menu-save-as", "Save _As…", "Shortcut+Shift+S", files::saveAs)),
                editing(item("menu-save-template", "Save as _Template…", null, files::saveAsTemplate)),
                new SeparatorMenuItem(),
                editing(item("menu-export", "_Export…", "Shortcut+E", commands::export)),
                editing(item("menu-print", "_Print…", "Shortcut+P", commands::print)),
                new SeparatorMenuItem(),
                editing(item("menu-close", "_Close", "Shortcut+W", commands::closeDocument)),
                item("menu-quit", "_Quit", "Shortcut+Q", commands::quit));
        file.setOnShowing(e -> fillRecent(recent));
        return file;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : settings.recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.open(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu editMenu() {
        // The window's key filter (UndoKeys) takes these keys before text fields, which have an undo of their own;
        // the accelerators here show the shortcuts and act when no text field has the focus.
        MenuItem undo = item("menu-undo", "_Undo", "Shortcut+Z", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("menu-redo", "_Redo", "Shortcut+Shift+Z", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                editing(item("menu-copy-rich", "Copy as _Rich Text", "Shortcut+Shift+C", commands::copyAsRichText)));
    }

    private Menu sectionMenu() {
        Menu add = new Menu("_Add Section");
        for (StandardSection standard : StandardSection.values()) {
            add.getItems().add(item("menu-add-" + standard.name().toLowerCase(Locale.ROOT), standard.heading(), null,
                    () -> outline.add(standard.create())));
        }
        Menu section = new Menu("_Section", null, add,
                item("menu-duplicate", "_Duplicate", "Shortcut+D", () -> outline.duplicate(outline.selected())),
                item("menu-toggle-visible", "_Hide or Show in Output", null,
                        () -> outline.toggleVisible(outline.selected())),
                new SeparatorMenuItem(),
                item("menu-move-up", "Move _Up (Alt+Up in the outline)", null,
                        () -> outline.move(outline.selected(), outline.selected() - 1)),
                item("menu-move-down", "Move Do_wn (Alt+Down in the outline)", null,
                        () -> outline.move(outline.selected(), outline.selected() + 1)),
                new SeparatorMenuItem(),
                item("menu-remove", "_Remove", null, () -> outline.remove(outline.selected())));
        section.disableProperty().bind(Bindings.or(noDocument, document.readOnlyProperty()));
        return section;
    }

    private Menu viewMenu(PreviewOptions preview, ObjectProperty<AppTheme> appTheme, BooleanProperty checksShown) {
        Menu theme = new Menu("Preview _Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme value : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(value.displayName());
            item.setToggleGroup(themes);
            item.setSelected(preview.themeProperty().get() == value);
            item.setOnAction(e -> preview.themeProperty().set(value));
            preview.themeProperty().addListener((obs, old, now) -> item.setSelected(now == value));
            theme.getItems().add(item);
        }
        CheckMenuItem pageView = new CheckMenuItem("_Page View");
        pageView.setId("menu-page-view");
        pageView.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        pageView.selectedProperty().bindBidirectional(preview.pageViewProperty());
        CheckMenuItem checks = new CheckMenuItem("_Checks Panel");
        checks.setId("menu-checks-panel");
        checks.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+K"));
        checks.selectedProperty().bindBidirectional(checksShown);
        checks.disableProperty().bind(noDocument);
        Menu appearance = new Menu("_Appearance");
        ToggleGroup looks = new ToggleGroup();
        for (AppTheme value : AppTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(value.displayName());
            item.setId("menu-app-theme-" + value.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(looks);
            item.setSelected(appTheme.get() == value);
            item.setOnAction(e -> appTheme.set(value));
            appearance.getItems().add(item);
        }
        return new Menu("_View", null, theme, pageView, checks, new SeparatorMenuItem(), appearance,
                new SeparatorMenuItem(),
                item("menu-cycle-focus", "Next _Pane", "F6", commands::cycleFocus));
    }

    private Menu helpMenu() {
        return new Menu("_Help", null,
                item("menu-shortcuts", "_Keyboard Shortcuts", "F1", this::showShortcuts),
                item("menu-about", "_About Postwright", null, () -> AboutDialog.show(commands.owner())));
    }

    private MenuItem editing(MenuItem item) {
        item.disableProperty().bind(noDocument);
        return item;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showShortcuts() {
        Alert alert = DialogStyle.owned(new Alert(Alert.AlertType.INFORMATION), commands.owner());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText(String.join("\n",
                "Ctrl+N  New from template        Ctrl+O  Open",
                "Ctrl+S  Save                     Ctrl+Shift+S  Save as",
                "Ctrl+Z  Undo                     Ctrl+Shift+Z, Ctrl+Y  Redo",
                "Ctrl+E  Export                   Ctrl+P  Print",
                "Ctrl+Shift+C  Copy as rich text  Ctrl+W  Close",
                "F6  Next pane (outline, form, preview)",
                "Outline: Alt+Up/Down move, F2 rename, Delete remove",
                "Bullets: Enter next bullet, Backspace in an empty bullet deletes it",
                "Ctrl+Shift+K  Checks panel: Enter goes to a finding, Delete dismisses it"));
        alert.show();
    }
}
