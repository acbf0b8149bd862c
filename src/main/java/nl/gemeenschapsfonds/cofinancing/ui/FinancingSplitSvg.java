package nl.gemeenschapsfonds.cofinancing.ui;

import nl.gemeenschapsfonds.base.pdf.Html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The split of financing as an SVG picture, drawn on the server (no chart library, no client code): one
 * stacked horizontal bar per row, each part as wide as its share of the row's total, and a legend. Every
 * text is escaped. The picture is decoration for sighted users; the page keeps the figures as text.
 */
final class FinancingSplitSvg {

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 250;
    static final int BAR_WIDTH = 480;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 20;
    private static final int TOP = 10;
    private static final int LEGEND_HEIGHT = 30;

    /** A kind of money in the picture: its name and its colour (#rrggbb). */
    record Part(String label, String colour) {

        Part {
            if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A colour is #rrggbb: " + colour);
            }
        }
    }

    /** A bar: its label, and one amount per part, in the order of the parts. */
    record Row(String label, List<BigDecimal> amounts) {

        Row {
            amounts = List.copyOf(amounts);
        }

        BigDecimal total() {
            return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private FinancingSplitSvg() {
    }

    static String render(String title, String description, List<Part> parts, List<Row> rows) {
        int height = TOP + rows.size() * ROW_HEIGHT + LEGEND_HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"split-title split-desc\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"split-title\">").append(Html.escape(title)).append("</title>");
        svg.append("<desc id=\"split-desc\">").append(Html.escape(description)).append("</desc>");
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = TOP + r * ROW_HEIGHT;
            svg.append("<g class=\"row\">");
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(Html.escape(shorten(row.label()))).append("</text>");
            svg.append("<rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(BAR_WIDTH).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#eeeeee\"/>");
            BigDecimal total = row.total();
            BigDecimal x = BigDecimal.valueOf(LABEL_WIDTH);
            for (int p = 0; p < parts.size() && p < row.amounts().size(); p++) {
                BigDecimal amount = row.amounts().get(p);
                if (total.signum() <= 0 || amount == null || amount.signum() <= 0) {
                    continue;
                }
                BigDecimal width = amount.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(total, 2, RoundingMode.HALF_UP);
                svg.append("<rect class=\"part\" data-part=\"").append(p).append("\" x=\"").append(x.toPlainString())
                        .append("\" y=\"").append(y).append("\" width=\"").append(width.toPlainString()).append("\" height=\"")
                        .append(BAR_HEIGHT).append("\" fill=\"").append(parts.get(p).colour()).append("\">")
                        .append("<title>").append(Html.escape(parts.get(p).label())).append("</title></rect>");
                x = x.add(width);
            }
            svg.append("</g>");
        }
        int legendY = TOP + rows.size() * ROW_HEIGHT + 8;
        int legendX = 0;
        for (Part part : parts) {
            svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(legendY).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(part.colour()).append("\"/>");
            svg.append("<text x=\"").append(legendX + 16).append("\" y=\"").append(legendY + 11).append("\">")
                    .append(Html.escape(part.label())).append("</text>");
            legendX += 24 + 7 * Math.min(part.label().length(), 24);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Long call titles are cut so they stay left of the bar; the full title is in the text alternative. */
    private static String shorten(String label) {
        String text = label == null ? "" : label;
        return text.length() <= 36 ? text : text.substring(0, 35) + "…";
    }

    static String fileName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "co-financing-split.svg" : "verdeling-cofinanciering.svg";
    }
}
