package io.winnow.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One HTTP route. The server registers exactly the routes of its table, and a test checks that table against
 * {@code openapi.json}, so the document cannot drift from the code.
 *
 * @param method  the HTTP method
 * @param path    the path in Javalin's syntax ({@code /api/analyses/{id}})
 * @param handler what answers it
 */
record Route(HandlerType method, String path, Handler handler) {
}
