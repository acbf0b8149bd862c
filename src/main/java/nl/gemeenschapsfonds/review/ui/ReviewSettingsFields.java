package nl.gemeenschapsfonds.review.ui;

import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.review.ReviewSettingsForm;

/**
 * A call's review settings as fields (issue 21.3): assessments needed, the second-opinion gap and the cap per
 * reviewer. Component names are the names the service's problems use.
 */
class ReviewSettingsFields extends RecordForm<ReviewSettingsForm> {

    private final WholeNumberField assessments = new WholeNumberField();
    private final DecimalField spread = new DecimalField();
    private final WholeNumberField cap = new WholeNumberField();

    ReviewSettingsFields() {
        super(ReviewSettingsForm.class);
        assessments.setLabel(getTranslation("reviewSettings.assessments"));
        assessments.setHelperText(getTranslation("reviewSettings.assessments.help"));
        assessments.setId("reviewSettings-assessmentsRequired");
        spread.setLabel(getTranslation("reviewSettings.spread"));
        spread.setHelperText(getTranslation("reviewSettings.spread.help"));
        spread.setId("reviewSettings-secondOpinionSpread");
        spread.setMoney(false); // points
        cap.setLabel(getTranslation("reviewSettings.cap"));
        cap.setHelperText(getTranslation("reviewSettings.cap.help"));
        cap.setId("reviewSettings-reviewerCap");
        bind(assessments, "assessmentsRequired");
        bind(spread, "secondOpinionSpread");
        bind(cap, "reviewerCap");
        checkWith(ReviewSettingsForm::problems); // an emptied number is marked with a wrongly typed one, at once
        getContent().add(assessments, spread, cap);
    }

    @Override
    public boolean hasUnreadableInput() {
        return anyInvalid(assessments, spread, cap);
    }
}
