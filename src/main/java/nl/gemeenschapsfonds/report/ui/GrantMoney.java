package nl.gemeenschapsfonds.report.ui;

import nl.gemeenschapsfonds.report.SettlementCase;
import nl.gemeenschapsfonds.report.SettlementStatus;

import java.math.BigDecimal;

/**
 * The money of one grant as the aftercare page states it: what was granted (or, once settled, the settled amount),
 * what was paid so far, what is still to pay, and how much of that finance has already scheduled. The page said "paid
 * € 0,00; still open € 0,00" for a € 20,000 grant without advances: "open" counted only scheduled payments, and
 * nothing was scheduled, so the remaining € 20,000 vanished (issue 13).
 *
 * @param owed       granted, or settled once the settlement is taken
 * @param paid       paid so far
 * @param stillToPay owed minus paid, never below zero (a repayment is shown with the settlement's claim)
 * @param scheduled  the part of it in payments scheduled, approved or held
 */
record GrantMoney(boolean settled, BigDecimal owed, BigDecimal paid, BigDecimal stillToPay, BigDecimal scheduled) {

    static GrantMoney of(SettlementCase grant) {
        boolean settled = grant.settlement() != null && grant.settlement().status() == SettlementStatus.SETTLED
                && grant.settlement().settled() != null;
        BigDecimal owed = settled ? grant.settlement().settled() : grant.granted();
        BigDecimal paid = grant.paid() == null ? BigDecimal.ZERO.setScale(2) : grant.paid();
        BigDecimal still = owed.subtract(paid).max(BigDecimal.ZERO).setScale(2);
        BigDecimal scheduled = grant.openPayments() == null ? BigDecimal.ZERO.setScale(2) : grant.openPayments();
        return new GrantMoney(settled, owed, paid, still, scheduled);
    }
}
