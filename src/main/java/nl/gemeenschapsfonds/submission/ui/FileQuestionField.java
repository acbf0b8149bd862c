package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import nl.gemeenschapsfonds.base.ui.FieldGroup;

/** A question that asks for a file: its label, the file given so far, the upload, and the field's message. */
class FileQuestionField extends FieldGroup {

    private final Span fileName = new Span();
    private final Upload upload = new Upload();
    private final Span help = new Span();

    FileQuestionField(String label) {
        Span title = new Span(label);
        title.addClassName("field-heading");
        help.setVisible(false);
        getContent().add(title, help, fileName, upload, errorLine());
    }

    Span fileName() {
        return fileName;
    }

    Upload upload() {
        return upload;
    }

    void setHelperText(String text) {
        help.setText(text);
        help.setVisible(text != null);
    }
}
