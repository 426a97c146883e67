package io.winnow.mask;

/**
 * What a detected span becomes: a reversible {@link TokenKind} token or an irreversible {@link SecretKind}
 * redaction.
 */
sealed interface MaskKind permits TokenKind, SecretKind {
}
