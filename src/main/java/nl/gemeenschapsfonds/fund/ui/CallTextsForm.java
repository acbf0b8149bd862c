package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.RecordForm;

/** The texts of a call, in Dutch and English: titles (required, at most 200) and descriptions. */
class CallTextsForm extends RecordForm<CallTextsForm.Texts> {

    public record Texts(String titleNl, String titleEn, String descriptionNl, String descriptionEn) {
    }

    CallTextsForm() {
        super(Texts.class);
        getContent().add(title("titleNl", "call.titleNl"), title("titleEn", "call.titleEn"),
                description("descriptionNl", "call.descriptionNl"), description("descriptionEn", "call.descriptionEn"));
    }

    private TextField title(String name, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId("call-" + name);
        field.setMaxLength(200);
        field.setRequiredIndicatorVisible(true);
        field.addValueChangeListener(e -> field.setInvalid(false));
        return bind(field, name);
    }

    private TextArea description(String name, String label) {
        TextArea field = new TextArea(getTranslation(label));
        field.setId("call-" + name);
        field.setMaxLength(4000);
        return bind(field, name);
    }
}
