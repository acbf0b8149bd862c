package nl.gemeenschapsfonds.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.payment.ApplicantPaymentItem;
import nl.gemeenschapsfonds.payment.ApplicantPayments;
import nl.gemeenschapsfonds.submission.ApplicantPanel;
import nl.gemeenschapsfonds.submission.ApplicationProgress;
import nl.gemeenschapsfonds.submission.ApplicationProgress.Step;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** On the applicant's application page and timeline: every advance and the final payment, scheduled or paid on which day. */
@org.springframework.stereotype.Component
class ApplicantPaymentsPanel implements ApplicantPanel, ApplicationProgress {

    private final ApplicantPayments payments;
    private final Translations translations;

    ApplicantPaymentsPanel(ApplicantPayments payments, Translations translations) {
        this.payments = payments;
        this.translations = translations;
    }

    @Override
    public Optional<Component> panelFor(long applicationId) {
        List<ApplicantPaymentItem> items = payments.myPayments(applicationId);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        VerticalLayout panel = new VerticalLayout();
        panel.setId("applicant-payments");
        panel.setPadding(false);
        panel.add(new H2(ui.getTranslation("applicantPayments.title")));
        UnorderedList list = new UnorderedList();
        for (ApplicantPaymentItem item : items) {
            ListItem line = new ListItem(line(item, locale));
            line.setId("applicant-payment-" + item.number());
            list.add(line);
        }
        panel.add(list);
        BigDecimal paid = items.stream().filter(i -> i.stage() == ApplicantPaymentItem.Stage.PAID)
                .map(ApplicantPaymentItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal all = items.stream().filter(i -> i.stage() != ApplicantPaymentItem.Stage.CANCELLED)
                .map(ApplicantPaymentItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Paragraph total = new Paragraph(ui.getTranslation("applicantPayments.total", Formats.money(paid, locale), Formats.money(all, locale)));
        total.setId("applicant-payments-total");
        panel.add(total);
        return Optional.of(panel);
    }

    private String name(ApplicantPaymentItem item, Locale locale) {
        return item.finalPayment() ? translations.get(locale, "applicantPayments.final")
                : translations.get(locale, "applicantPayments.advance", String.valueOf(item.number()));
    }

    private String line(ApplicantPaymentItem item, Locale locale) {
        return translations.get(locale, "applicantPayments." + item.stage(), name(item, locale), String.valueOf(item.year()),
                Formats.money(item.amount(), locale),
                Formats.date(item.stage() == ApplicantPaymentItem.Stage.PAID ? item.paidOn() : item.dueOn(), locale));
    }

    @Override
    public List<Entry> timeline(long applicationId, Locale locale) {
        return payments.myPayments(applicationId).stream().filter(item -> item.stage() != ApplicantPaymentItem.Stage.CANCELLED)
                .map(item -> item.stage() == ApplicantPaymentItem.Stage.PAID
                        ? new Entry(item.paidOn(), translations.get(locale, "timeline.paid", name(item, locale),
                        Formats.money(item.amount(), locale), Formats.date(item.paidOn(), locale)), false, step(item))
                        : new Entry(item.dueOn(), translations.get(locale, "timeline.paymentDue", name(item, locale),
                        Formats.money(item.amount(), locale), Formats.date(item.dueOn(), locale)), true, step(item)))
                .toList();
    }

    /** The final payment follows the settlement; an advance follows the decision. */
    private static Step step(ApplicantPaymentItem item) {
        return item.finalPayment() ? Step.FINAL_PAYMENT : Step.ADVANCE;
    }

    @Override
    public int order() {
        return 20;
    }
}
