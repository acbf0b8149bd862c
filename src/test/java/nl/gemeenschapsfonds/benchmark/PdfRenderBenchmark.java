package nl.gemeenschapsfonds.benchmark;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.Templates;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark 8: the cost of one PDF, the receipt (ontvangstbevestiging) that every submission renders inside the
 * applicant's request, from the shipped template {@code letters/receipt} and the Dutch translations, with the same
 * variables as {@code submission.ReceiptSender} fills (three years, five answered questions of the call). No Spring,
 * no database: the template is rendered once, then {@link HtmlPdf#render} is timed after a warm-up, first on one
 * thread (wall, CPU and bytes allocated per render), then on several threads at once (renders per second); once as the
 * template is shipped and once without its {@code font-family: sans-serif}, i.e. in the shipped DejaVu Sans as the
 * documents that name no font (settlement letter, commitment letters, destruction list, the tests' PDFs). Run:
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.main=nl.gemeenschapsfonds.benchmark.PdfRenderBenchmark}
 * ({@code -Dbenchmark.renders=N}, {@code -Dbenchmark.warmup=N}, {@code -Dbenchmark.threads=N}; {@code
 * -Dbenchmark.document=shipped} or {@code no-font} for one of the two, e.g. under a profiler). Figures in
 * docs/performance.md, "Rendering a PDF".
 */
public final class PdfRenderBenchmark {

    private static final Locale DUTCH = Translations.DUTCH;

    private PdfRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int renders = Integer.getInteger("benchmark.renders", 200);
        int warmup = Integer.getInteger("benchmark.warmup", 50);
        int threads = Integer.getInteger("benchmark.threads", 4);
        StringBuilder report = new StringBuilder();
        BenchmarkMain.line(report, "Machine: %d cores, load average %s; %d renders after %d to warm up".formatted(
                Runtime.getRuntime().availableProcessors(), BenchmarkMain.loadAverage(), renders, warmup));

        Templates templates = new Templates("");
        Translations translations = new Translations();
        long started = System.nanoTime();
        byte[] first = HtmlPdf.render(receipt(templates, translations));
        BenchmarkMain.line(report, "first render (cold JVM): %.0f ms, %,d bytes".formatted((System.nanoTime() - started) / 1e6,
                first.length));
        List<Double> template = new ArrayList<>();
        String xhtml = null;
        for (int run = 0; run < warmup + renders; run++) {
            started = System.nanoTime();
            xhtml = receipt(templates, translations);
            if (run >= warmup) {
                template.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(template);
        BenchmarkMain.line(report, "template (Thymeleaf) per receipt: median %.2f ms".formatted(template.get(template.size() / 2)));

        String only = System.getProperty("benchmark.document", ""); // "shipped" or "no-font" to profile one of them
        if (!only.equals("no-font")) {
            measure(report, "receipt as shipped", xhtml, warmup, renders, threads);
        }
        if (!only.equals("shipped")) {
            // the settlement letter, the commitment letters, the destruction list and the tests' PDFs name no font: DejaVu Sans
            measure(report, "receipt, no font named", xhtml.replace("font-family: sans-serif; ", ""), warmup, renders, threads);
        }
        BenchmarkMain.line(report, "load average after: " + BenchmarkMain.loadAverage());
    }

    /** Renders after a warm-up: one thread (wall, CPU, bytes allocated per render), then several threads at once. */
    private static void measure(StringBuilder report, String label, String xhtml, int warmup, int renders, int threads)
            throws Exception {
        for (int run = 0; run < warmup; run++) {
            HtmlPdf.render(xhtml);
        }
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().threadId();
        List<Double> wall = new ArrayList<>();
        long cpuBefore = thread.getCurrentThreadCpuTime();
        long allocatedBefore = thread.getThreadAllocatedBytes(self);
        int bytes = 0;
        for (int run = 0; run < renders; run++) {
            long started = System.nanoTime();
            bytes = HtmlPdf.render(xhtml).length;
            wall.add((System.nanoTime() - started) / 1e6);
        }
        long cpu = thread.getCurrentThreadCpuTime() - cpuBefore;
        long allocated = thread.getThreadAllocatedBytes(self) - allocatedBefore;
        Collections.sort(wall);
        BenchmarkMain.line(report, ("%s, one thread: median %.1f ms, p95 %.1f ms, max %.1f ms; CPU %.1f ms and %,.1f MB allocated "
                + "per render; PDF %,d bytes").formatted(label, wall.get(renders / 2), wall.get((int) (renders * 0.95)),
                wall.getLast(), cpu / 1e6 / renders, allocated / 1e6 / renders, bytes));

        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<Double>>> futures = new ArrayList<>();
            long together = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    for (int run = 0; run < renders / threads; run++) {
                        long at = System.nanoTime();
                        HtmlPdf.render(xhtml);
                        times.add((System.nanoTime() - at) / 1e6);
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                all.addAll(future.get());
            }
            double seconds = (System.nanoTime() - together) / 1e9;
            Collections.sort(all);
            BenchmarkMain.line(report, "%s, %d threads at once: %d renders in %.1f s, %.1f renders/s; median %.1f ms, p95 %.1f ms"
                    .formatted(label, threads, all.size(), seconds, all.size() / seconds, all.get(all.size() / 2),
                            all.get((int) (all.size() * 0.95))));
        }
    }

    /** The receipt's XHTML as {@code ReceiptSender.pdf} makes it: the shipped template, Dutch labels, a realistic application. */
    static String receipt(Templates templates, Translations translations) {
        Map<String, String> labels = new HashMap<>();
        for (String label : List.of("title", "intro", "reference", "application", "call", "receivedAt", "decisionDue",
                "grantPerYear", "closing")) {
            labels.put(label, translations.get(DUTCH, "receipt." + label));
        }
        labels.put("answers", translations.get(DUTCH, "questions.wizard.heading"));
        List<Map<String, Object>> perYear = new ArrayList<>();
        for (int year = 2027; year <= 2029; year++) {
            perYear.add(Map.of("year", String.valueOf(year), "amount", Formats.money(new BigDecimal("12345.67").multiply(
                    BigDecimal.valueOf(year - 2026)), DUTCH)));
        }
        List<Map<String, Object>> answers = List.of(
                Map.of("question", "Werkt u met vrijwilligers?", "answer", "Ja"),
                Map.of("question", "Hoeveel vrijwilligers zijn er betrokken?", "answer", "24"),
                Map.of("question", "Welke doelgroepen bereikt u?", "answer", "Ouderen, jongeren en nieuwkomers uit Welsum en Terwolde; "
                        + "de coöperatie organiseert één keer per week een inloop met koffie (€ 0,50) en ideeën voor het dorp."),
                Map.of("question", "Is het gebouw toegankelijk voor rolstoelen?", "answer", "Nee"),
                Map.of("question", "Toelichting op de begroting", "answer", "Het dak van het dorpshuis lekt sinds de storm van "
                        + "februari; de offerte van de aannemer is bijgevoegd. De gemeente draagt € 5.000,00 bij."));
        Map<String, Object> variables = new HashMap<>();
        variables.put("authorityName", "Gemeente Olst-Wijhe");
        variables.put("reference", "GF-2027-000123");
        variables.put("title", "Nieuw dak voor het dorpshuis van Welsum");
        variables.put("callTitle", "Ontmoetingsplekken in dorpen en wijken 2027");
        variables.put("receivedAt", Formats.dateTime(Instant.parse("2027-03-01T09:41:00Z"), DUTCH));
        variables.put("decisionDue", Formats.date(LocalDate.of(2027, 4, 26), DUTCH));
        variables.put("perYear", perYear);
        variables.put("labels", labels);
        variables.put("answers", answers);
        return templates.render("letters/receipt", DUTCH, variables);
    }
}
