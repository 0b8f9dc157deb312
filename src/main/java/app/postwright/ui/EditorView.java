package app.postwright.ui;

import app.postwright.ui.document.DocumentModel;
import app.postwright.ui.editor.EditorHost;
import app.postwright.ui.outline.OutlinePane;
import app.postwright.ui.outline.OutlineViewModel;
import app.postwright.ui.preview.PreviewOptions;
import app.postwright.ui.preview.PreviewPanel;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** The editing layout: outline | form of the selected item | live preview. */
final class EditorView extends SplitPane {
    private final OutlinePane outlinePane;
    private final EditorHost editorHost;
    private final PreviewPanel previewPanel;

    EditorView(DocumentModel document, OutlineViewModel outline, PreviewOptions previewOptions,
               EditorServices services) {
        editorHost = new EditorHost(document, outline.selectedProperty());
        ReadOnlyLock.install(editorHost, document);
        outlinePane = new OutlinePane(outline, document, editorHost::focusForm);
        previewPanel = new PreviewPanel(services.renderer(), previewOptions, document.postingProperty(),
                outline.selectedProperty(), services.linkOpener());
        getItems().addAll(outlinePane, editorHost, previewPanel);
        setId("editor-view");
        setDividerPositions(0.2, 0.6);
        SplitPane.setResizableWithParent(outlinePane, false);
    }

    PreviewPanel preview() {
        return previewPanel;
    }

    /** The host of the selected item's form. */
    EditorHost form() {
        return editorHost;
    }

    void focusForm() {
        editorHost.focusForm();
    }

    /** F6: outline → form → preview → outline. */
    void cycleFocus(Node focused) {
        if (isInside(focused, outlinePane)) {
            editorHost.focusForm();
        } else if (isInside(focused, editorHost)) {
            previewPanel.pane().requestFocus();
        } else {
            outlinePane.focusList();
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
