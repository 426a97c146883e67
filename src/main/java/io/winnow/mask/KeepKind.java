package io.winnow.mask;

/**
 * Text that must stay as written and that no other detector may mask: our own tokens and redactions already in the
 * text (so masking is idempotent and unmasking exact), and the values of keys that name the detection rule.
 */
enum KeepKind implements MaskKind {
    KEEP
}
