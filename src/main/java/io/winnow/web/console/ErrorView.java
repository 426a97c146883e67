package io.winnow.web.console;

/**
 * What the error page shows.
 *
 * @param status the HTTP status
 * @param field  the request field at fault, or null
 * @param reason what is wrong, never a submitted value
 */
public record ErrorView(int status, String field, String reason) {
    public String title() {
        return switch (status) {
            case 400 -> "Invalid request";
            case 404 -> "Not found";
            case 503 -> "Analysis failed";
            default -> "Error";
        };
    }
}
