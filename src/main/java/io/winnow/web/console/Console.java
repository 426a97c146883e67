package io.winnow.web.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.SourceFormat;
import io.winnow.ingest.AlertParseException;
import io.winnow.mask.MaskPreview;
import io.winnow.store.AnalysisQuery;
import io.winnow.store.Page;
import io.winnow.store.TriageSummary;
import io.winnow.triage.Engine;
import io.winnow.triage.Outcome;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The console's pages, as Javalin handlers the server's route table names: the dashboard, an analysis, the
 * feedback form, the SIB-compatible analysis page and the assets. Every page reads through the store; only the
 * feedback form writes, and only by POST.
 */
public final class Console {
    private final Engine engine;
    private final Clock clock;
    private final Pages pages = new Pages();
    private final ConsoleAssets assets = new ConsoleAssets();
    private final ChartData charts = new ChartData();
    private final ObjectMapper json = new ObjectMapper();

    public Console(Engine engine, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code GET /ui}: the dashboard; its filters narrow the counts, the charts, the matrix and the log alike. */
    public void dashboard(Context ctx) {
        page(ctx, () -> {
            DashboardFilter filter = DashboardFilter.parse(ctx::queryParam);
            AnalysisQuery query = filter.query(clock);
            TriageSummary summary = engine.store().summarize(query);
            Page<Analysis> log = engine.store().search(query);
            List<DashboardView.Named> top = summary.techniques().stream().limit(10)
                    .map(c -> new DashboardView.Named(c.value(), engine.catalog().technique(c.value())
                            .map(t -> engine.catalog().displayName(t)).orElse(c.value()), c.count()))
                    .toList();
            pages.render(ctx, 200, "dashboard.jte", new DashboardView(filter, summary,
                    CoverageMatrix.of(engine.catalog(), summary.techniques()), top, log, charts.of(summary),
                    engine.store().findFeedback(log.items().stream().map(Analysis::id).toList())));
        });
    }

    /** {@code GET /ui/analyses/{id}}: one stored analysis with its alert and the analyst's feedback. */
    public void analysis(Context ctx) {
        page(ctx, () -> {
            Analysis analysis = engine.store().findAnalysis(ctx.pathParam("id"))
                    .orElseThrow(() -> ConsoleException.notFound("no analysis with that id"));
            Alert alert = engine.store().findAlert(analysis.alertId())
                    .orElseThrow(() -> ConsoleException.notFound("the alert of this analysis is not stored"))
                    .alert();
            pages.render(ctx, 200, "analysis.jte", view(analysis, alert, true));
        });
    }

    /**
     * {@code POST /ui/analyses/{id}/feedback}: the analyst's verdict and comment, from the form; answers with a
     * redirect to the analysis (so a reload never posts twice).
     */
    public void feedback(Context ctx) {
        page(ctx, () -> {
            String id = ctx.pathParam("id");
            AnalystVerdict verdict = AnalystVerdict.parse(ctx.formParam("verdict")).orElseThrow(() ->
                    ConsoleException.badField("verdict", "must be CONFIRMED, FALSE_POSITIVE or BENIGN"));
            engine.store().saveFeedback(id, verdict, ctx.formParam("comment"), null)
                    .orElseThrow(() -> ConsoleException.notFound("no analysis with that id"));
            ctx.redirect("/ui/analyses/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        });
    }

    /**
     * {@code GET /analyze?rule=&output=&priority=&hostname=&dry_run=}: SIB's analysis page, so Grafana data links
     * keep working. Analyses without storing (a GET changes nothing); with {@code dry_run=true} it only shows what
     * would be sent to a model.
     */
    public void analyze(Context ctx) {
        page(ctx, () -> {
            ObjectNode body = json.createObjectNode();
            for (String name : List.of("rule", "output", "priority", "hostname")) {
                String value = ctx.queryParam(name);
                if (value != null && !value.isEmpty()) {
                    body.put(name, value);
                }
            }
            Alert alert = parse(body);
            if (dryRun(ctx.queryParam("dry_run"))) {
                MaskPreview preview = engine.pipeline().dryRun(alert, null);
                pages.render(ctx, 200, "dryrun.jte", new DryRunView(alert, preview.alert().text(), preview.masked()));
                return;
            }
            switch (engine.pipeline().triage(alert, false)) {
                case Outcome.Analysed a -> pages.render(ctx, 200, "analysis.jte", view(a.analysis(), alert, false));
                case Outcome.Failed f -> throw new ConsoleException(503, null, f.reason());
            }
        });
    }

    /** {@code GET /ui/assets/{name}}: htmx, Chart.js and the console's own CSS and JS, from the jar. */
    public void asset(Context ctx) {
        ConsoleAssets.Asset asset = assets.find(ctx.pathParam("name")).orElse(null);
        if (asset == null) {
            pages.error(ctx, ConsoleException.notFound("no such asset"));
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private AnalysisView view(Analysis analysis, Alert alert, boolean stored) {
        var feedback = stored ? engine.store().findFeedback(analysis.id()).orElse(null) : null;
        if (analysis.sentText() != null) {
            return new AnalysisView(analysis, alert, analysis.sentText(), true, Map.of(), feedback, stored);
        }
        MaskPreview preview = engine.pipeline().dryRun(alert, null);
        return new AnalysisView(analysis, alert, preview.alert().text(), false, preview.masked(), feedback, stored);
    }

    private Alert parse(ObjectNode body) {
        try {
            return engine.pipeline().parse(body, SourceFormat.SIB);
        } catch (AlertParseException e) {
            String fields = String.join(", ", e.errors().stream().map(io.winnow.ingest.FieldError::field).toList());
            throw new ConsoleException(400, fields, e.getMessage());
        }
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ConsoleException.badField("dry_run", "must be true or false");
        };
    }

    private void page(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (ConsoleException e) {
            pages.error(ctx, e);
        }
    }
}
