package nl.gemeenschapsfonds.fund;

/** The kinds of question an administrator can add to a call (issue 21, ADR 0026). */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, WHOLE_NUMBER, AMOUNT, DATE, YES_NO, ONE_CHOICE, MANY_CHOICES, FILE;

    /** Whether the question offers a list of choices the administrator writes. */
    public boolean hasChoices() {
        return this == ONE_CHOICE || this == MANY_CHOICES;
    }
}
