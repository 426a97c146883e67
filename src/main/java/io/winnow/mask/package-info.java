/**
 * The mask stage: {@link io.winnow.mask.Masker} turns an alert into a {@link io.winnow.mask.MaskedAlert}, the only
 * form an analyst that talks to a model may see, and a {@link io.winnow.mask.MaskMap} that stays in the process.
 *
 * <p>{@link io.winnow.mask.RegexMasker} runs the detectors that its {@link io.winnow.mask.MaskSettings} ask for over
 * each piece of the alert's text (host, program, message, entity and field values; never the rule). Detectors that
 * start at a literal (key prefixes such as {@code ghp_}, log grammars such as sshd's {@code for … from}) are tried
 * only where one pass over the text finds one of their needles; scanners find addresses, key/value pairs in every
 * log syntax, command lines, paths and domain names. What settings exclude (kinds switched off, allowed values,
 * system accounts) is dropped; user, host and container values found from context are then looked for again
 * everywhere in the alert. Overlaps are settled with secrets first, then our own tokens already in the text (kept),
 * then tokens in detector order, so nothing is masked twice. {@link io.winnow.mask.MaskScopes} keeps tokens across
 * calls of one case or chat session.
 *
 * <p>New kinds of value are added as a detector in {@code StandardDetectors} and, for reversible ones, a constant in
 * {@code TokenKind}. {@code src/test/.../mask/corpus} generates the realistic corpus on which leaks are measured.
 */
package io.winnow.mask;
