package io.winnow.analyst.builtin.similarity;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The quantised all-MiniLM-L6-v2 sentence encoder of LangChain4j, run in process by onnxruntime (384 dimensions).
 * The model ships inside its jar, so nothing is downloaded; loading it unpacks native libraries and takes about a
 * second. Texts are embedded on the calling thread (onnxruntime has its own pool for the maths).
 */
final class MiniLmEncoder implements TextEncoder {
    static final String NAME = "all-minilm-l6-v2-q";

    private final EmbeddingModel model;

    private MiniLmEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model. Fails with whatever the native loader throws (an {@link UnsatisfiedLinkError}, an
     * {@link ExceptionInInitializerError} …) when the platform has no onnxruntime build.
     */
    static MiniLmEncoder load() {
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        model.embed("warm up");
        return new MiniLmEncoder(model);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public float[] encode(String text) {
        return unit(model.embed(text).content());
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(texts.stream().map(TextSegment::from).toList()).content()) {
            vectors.add(unit(e));
        }
        return vectors;
    }

    private static float[] unit(Embedding embedding) {
        return Vectors.unit(embedding.vector());
    }
}
