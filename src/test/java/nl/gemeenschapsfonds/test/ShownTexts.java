package nl.gemeenschapsfonds.test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a karibu test's page shows a user in words: the text of every visible element and the texts Vaadin's
 * components draw themselves (labels, placeholders, helper texts, messages of fields marked wrong, titles, dialog
 * texts and the i18n objects of uploads and date pickers). Used to check that a page speaks one language only.
 */
public final class ShownTexts {

    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "title", "text",
            "header", "message", "confirmText", "cancelText", "rejectText", "accessibleName");
    private static final List<String> ATTRIBUTES = List.of("aria-label", "title", "label", "placeholder");

    /**
     * Dutch words that cannot be English (whole words, any case): one of them on an English page is an untranslated
     * text. Short words ("de", "en") are left out, they occur in names.
     */
    private static final Pattern DUTCH = Pattern.compile("(?iu)(?<![\\p{L}-])(het|een|uw|van|voor|niet|naar|wordt|zijn|"
            + "aanvraag|aanvragen|stap|opslaan|volgende|vorige|bedrag|bijlage|bijlagen|indienen|ingediend|kosten|subsidie|"
            + "verplicht|bewaard|wijzigen|terug|annuleren|vandaag|totaal|jaar|geen|nog|ontbreekt|soort|omschrijving|"
            + "toevoegen|verwijderen|gegevens|organisatie|regeling|ontvangstbevestiging|dd-mm-jjjj|jjjj)(?![\\p{L}-])");

    private ShownTexts() {
    }

    /** Everything the current UI shows, one text per line. */
    public static String ofCurrentUi() {
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent().getElement(), texts);
        return String.join("\n", texts);
    }

    /** The Dutch words in {@code text}, each with a little of what surrounds it; empty when there are none. */
    public static List<String> dutchWordsIn(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher matcher = DUTCH.matcher(line);
            while (matcher.find()) {
                found.add(matcher.group(1).toLowerCase(Locale.ROOT) + " in \"" + line.strip() + "\"");
            }
        }
        return found;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        if (!element.isVisible() || element.hasAttribute("hidden")) {
            return;
        }
        for (String property : PROPERTIES) {
            if (element.hasProperty(property) && element.getPropertyRaw(property) instanceof String value) {
                add(texts, value);
            }
        }
        if (element.getProperty("invalid", false)) {
            add(texts, element.getProperty("errorMessage", ""));
        }
        if (element.hasProperty("i18n")) {
            add(texts, String.valueOf(element.getPropertyRaw("i18n")));
        }
        for (String attribute : ATTRIBUTES) {
            add(texts, element.getAttribute(attribute));
        }
        element.getChildren().forEach(child -> collect(child, texts));
        // dialogs and notifications live beside the tree they belong to
        element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.iterator().forEachRemaining(node -> collect(Element.get(node), texts)));
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
