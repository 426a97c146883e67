/**
 * Winnow's configuration: one immutable record tree ({@link io.winnow.config.WinnowConfig}) loaded by
 * {@link io.winnow.config.ConfigLoader} from {@code winnow.yaml}, {@code WINNOW_*} environment variables,
 * {@code WINNOW_*_FILE} secret files and command-line overrides, and validated once at start-up.
 *
 * <p>Every key is one row of a single table; defaults, environment variable names, validation and the
 * documentation ({@link io.winnow.config.ConfigLoader#keys()}) all derive from it. Adding a key is one table row
 * plus one record component. Secret values are {@link io.winnow.config.Secret}s and never appear in a message or a
 * {@code toString()}.
 */
package io.winnow.config;
