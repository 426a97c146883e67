/**
 * The web console: the SIB-compatible analysis page ({@code GET /analyze}), the dashboard at {@code /ui}, the
 * analysis detail page and the analyst feedback form. Pages are JTE templates ({@code src/main/jte}) compiled at
 * build time; every value that comes from an alert is escaped by JTE, and no page carries inline script or style,
 * so the pages run under {@code script-src 'self'; style-src 'self'}. Assets (htmx, Chart.js, our CSS and JS) are
 * served from the jar, so the console works with no internet.
 */
package io.winnow.web.console;
