package io.winnow.web.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled templates into responses, with the console's Content-Security-Policy: scripts, styles,
 * images and requests from this server only, nothing inline, forms posting back here only.
 */
final class Pages {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, int status, String template, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, view, out);
        ctx.header("Content-Security-Policy", CSP);
        ctx.status(status).html(out.toString());
    }

    void error(Context ctx, ConsoleException e) {
        render(ctx, e.status(), "error.jte", new ErrorView(e.status(), e.field(), e.getMessage()));
    }
}
