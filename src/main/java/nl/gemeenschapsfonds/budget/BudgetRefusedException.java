package nl.gemeenschapsfonds.budget;

/** The ledger refused a movement; nothing of the transaction it was part of is kept. */
public class BudgetRefusedException extends RuntimeException {

    private final transient BudgetRefusal refusal;

    public BudgetRefusedException(BudgetRefusal refusal) {
        super(refusal.reason() + " for year " + refusal.year() + " (" + refusal.figure() + ")");
        this.refusal = refusal;
    }

    public BudgetRefusal refusal() {
        return refusal;
    }
}
