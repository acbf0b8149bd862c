package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.Salutations;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mail kind {@code cofinancing-condition-short} (issue 22 item 6): the decision maker who imposed a co-financing
 * condition is told when, after its date, the money that counts no longer meets it. Body from the template
 * {@code mail/cofinancing-condition-short}; leaves with the transaction of the pledge step (the mailer's outbox).
 */
@Component
class ConditionMails {

    static final String TEMPLATE = "mail/cofinancing-condition-short";

    private final UserAccounts accounts;
    private final Mailer mailer;
    private final Translations translations;
    private final Templates templates;
    private final Salutations salutations;

    ConditionMails(UserAccounts accounts, Mailer mailer, Translations translations, Templates templates, Salutations salutations) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.translations = translations;
        this.templates = templates;
        this.salutations = salutations;
    }

    @EventListener
    void onShort(CoFinancingConditionShort condition) {
        if (condition.imposedBy() == null || !condition.imposedBy().contains("@")) {
            return;
        }
        Locale language = accounts.findByEmail(condition.imposedBy()).map(AppUser::getPreferredLocale).orElse(Locale.of("nl"));
        String rules = condition.results().stream().filter(result -> !result.met())
                .map(result -> "- " + translations.get(language, result.ruleKey(), Formats.money(result.actual(), language),
                        Formats.money(result.limit(), language)))
                .collect(Collectors.joining("\n"));
        String text = templates.renderText(TEMPLATE, language, Map.of(
                "intro", translations.get(language, "mail.conditionShort.text", condition.reference(),
                        Formats.date(condition.dueOn(), language), Formats.money(condition.counted(), language)),
                "rules", rules,
                "closing", translations.get(language, "mail.conditionShort.closing"))).stripTrailing();
        mailer.send(new Mail(condition.imposedBy(), translations.get(language, "mail.conditionShort.subject", condition.reference()),
                salutations.greet(condition.imposedBy(), language, text)));
    }
}
