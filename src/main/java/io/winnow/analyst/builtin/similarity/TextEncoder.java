package io.winnow.analyst.builtin.similarity;

import java.util.List;

/** Turns text into unit-length vectors whose dot product measures similarity of meaning. Thread-safe. */
interface TextEncoder {
    /** A stable name of the model, part of the key of the descriptor-vector cache. */
    String name();

    /** The vector of one text, of length 1. */
    float[] encode(String text);

    /** The vectors of several texts, in order. */
    List<float[]> encodeAll(List<String> texts);
}
