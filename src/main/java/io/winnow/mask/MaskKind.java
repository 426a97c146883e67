package io.winnow.mask;

/**
 * What a detected span becomes: a reversible {@link TokenKind} token, an irreversible {@link SecretKind}
 * redaction, or {@link KeepKind#KEEP}: text left exactly as it is, which no other detector may touch.
 */
sealed interface MaskKind permits TokenKind, SecretKind, KeepKind {
}
