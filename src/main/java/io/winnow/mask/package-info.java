/**
 * The mask stage: {@link io.winnow.mask.Masker} turns an alert into a {@link io.winnow.mask.MaskedAlert}, the only
 * form an analyst that talks to a model may see, and a {@link io.winnow.mask.MaskMap} that stays in the process.
 *
 * <p>{@link io.winnow.mask.RegexMasker} runs an ordered list of detectors over each piece of the alert's text. Each
 * detector reports spans; overlaps are settled with secrets first, then tokens in detector order, so nothing is
 * masked twice. New kinds of value are added as a detector in {@code StandardDetectors} and, for reversible ones,
 * a constant in {@code TokenKind}.
 */
package io.winnow.mask;
