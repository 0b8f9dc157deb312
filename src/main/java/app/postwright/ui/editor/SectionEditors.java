package app.postwright.ui.editor;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.ui.document.DocumentModel;

/** Creates the editor and view-model that fit a section's kind. */
public final class SectionEditors {
    private SectionEditors() {
    }

    public static ItemEditor forSection(DocumentModel document, int index) {
        Section section = document.posting().sections().get(index);
        return section.accept(new Section.Visitor<ItemEditor>() {
            @Override
            public ItemEditor text(TextSection s) {
                return new TextSectionEditor(new TextSectionViewModel(document, index));
            }

            @Override
            public ItemEditor bullets(BulletSection s) {
                return new BulletSectionEditor(new BulletsViewModel(document, index));
            }

            @Override
            public ItemEditor fields(FieldsSection s) {
                return new FieldsSectionEditor(new ListSectionViewModel<>(document, index, FieldsSection.class,
                        FieldsSection::fields, FieldsSection::withFields));
            }

            @Override
            public ItemEditor faq(FaqSection s) {
                return new FaqSectionEditor(new ListSectionViewModel<>(document, index, FaqSection.class,
                        FaqSection::entries, FaqSection::withEntries));
            }
        });
    }
}
