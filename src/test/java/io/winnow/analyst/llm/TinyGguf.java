package io.winnow.analyst.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny but structurally valid GGUF file (format version 3): a one-block llama model with a 32-wide
 * residual stream, random attention and feed-forward weights, and a byte-level SentencePiece vocabulary. It is
 * meant to exercise the code path and the grammar, not to say anything sensible.
 *
 * <p>The attention and feed-forward output projections are zero, so each position's state is its token's
 * embedding, and the output head turns that into a fixed preference: lower token IDs first, except that after a
 * quote the letter {@code x} comes first, and the unknown and start tokens never. Sampled greedily under a JSON
 * grammar, that closes every string after one letter and every array early, so a complete answer takes a few
 * hundred tokens instead of running to the token limit.
 */
final class TinyGguf {
    private static final int EMBD = 32;
    private static final int FF = 64;
    private static final int HEADS = 4;
    private static final int CONTEXT = 8192;
    private static final int ALIGNMENT = 32;
    /** Pieces right after the three special tokens; the byte tokens follow. */
    private static final List<String> PIECES = List.of("\"", "x", "]", "}", ",", "0", "{", "[", ":");

    private static final int TYPE_UINT32 = 4;
    private static final int TYPE_INT32 = 5;
    private static final int TYPE_FLOAT32 = 6;
    private static final int TYPE_STRING = 8;
    private static final int TYPE_ARRAY = 9;
    private static final int GGML_F32 = 0;

    private TinyGguf() {
    }

    static void write(Path file, long seed) throws IOException {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        List<Integer> types = new ArrayList<>(List.of(2, 3, 3));
        PIECES.forEach(p -> { tokens.add(p); types.add(1); });
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6);
        }
        Out out = new Out();
        Map<String, Tensor> tensors = tensors(tokens.size(), new Random(seed));
        out.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
        out.u32(3);
        out.u64(tensors.size());
        out.u64(16);
        out.kvString("general.architecture", "llama");
        out.kvString("general.name", "winnow-tiny-test");
        out.kvU32("llama.context_length", CONTEXT);
        out.kvU32("llama.embedding_length", EMBD);
        out.kvU32("llama.block_count", 1);
        out.kvU32("llama.feed_forward_length", FF);
        out.kvU32("llama.attention.head_count", HEADS);
        out.kvU32("llama.attention.head_count_kv", HEADS);
        out.string("llama.attention.layer_norm_rms_epsilon");
        out.u32(TYPE_FLOAT32);
        out.f32(1e-5f);
        out.kvString("tokenizer.ggml.model", "llama");
        out.arrayHeader("tokenizer.ggml.tokens", TYPE_STRING, tokens.size());
        tokens.forEach(out::string);
        out.arrayHeader("tokenizer.ggml.scores", TYPE_FLOAT32, tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.f32(-i);
        }
        out.arrayHeader("tokenizer.ggml.token_type", TYPE_INT32, tokens.size());
        types.forEach(out::u32);
        out.kvU32("tokenizer.ggml.bos_token_id", 1);
        out.kvU32("tokenizer.ggml.eos_token_id", 2);
        out.kvU32("tokenizer.ggml.unknown_token_id", 0);
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            out.string(e.getKey());
            out.u32(e.getValue().dims().length);
            for (long d : e.getValue().dims()) {
                out.u64(d);
            }
            out.u32(GGML_F32);
            out.u64(offset);
            offset += aligned(e.getValue().data().length * 4L);
        }
        out.pad();
        for (Tensor t : tensors.values()) {
            for (float f : t.data()) {
                out.f32(f);
            }
            out.pad();
        }
        Files.write(file, out.buffer.toByteArray());
    }

    /** A tensor: dimensions innermost first, as GGUF stores them, and its values. */
    private record Tensor(long[] dims, float[] data) {
    }

    private static Map<String, Tensor> tensors(int vocab, Random random) {
        int quote = 3;
        int letterX = 4;
        float[] embedding = new float[vocab * EMBD];
        float[] head = new float[vocab * EMBD];
        for (int t = 0; t < vocab; t++) {
            embedding[t * EMBD] = 1f;
            head[t * EMBD] = -0.01f * t;
        }
        embedding[quote * EMBD + 1] = 1f;
        head[letterX * EMBD + 1] = 10f;
        head[0] = -100f;
        head[EMBD] = -100f;
        float[] ones = new float[EMBD];
        java.util.Arrays.fill(ones, 1f);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("token_embd.weight", new Tensor(new long[] {EMBD, vocab}, embedding));
        tensors.put("output_norm.weight", new Tensor(new long[] {EMBD}, ones));
        tensors.put("output.weight", new Tensor(new long[] {EMBD, vocab}, head));
        tensors.put("blk.0.attn_norm.weight", new Tensor(new long[] {EMBD}, ones));
        tensors.put("blk.0.attn_q.weight", new Tensor(new long[] {EMBD, EMBD}, gaussian(random, EMBD * EMBD)));
        tensors.put("blk.0.attn_k.weight", new Tensor(new long[] {EMBD, EMBD}, gaussian(random, EMBD * EMBD)));
        tensors.put("blk.0.attn_v.weight", new Tensor(new long[] {EMBD, EMBD}, gaussian(random, EMBD * EMBD)));
        tensors.put("blk.0.attn_output.weight", new Tensor(new long[] {EMBD, EMBD}, new float[EMBD * EMBD]));
        tensors.put("blk.0.ffn_norm.weight", new Tensor(new long[] {EMBD}, ones));
        tensors.put("blk.0.ffn_gate.weight", new Tensor(new long[] {EMBD, FF}, gaussian(random, EMBD * FF)));
        tensors.put("blk.0.ffn_up.weight", new Tensor(new long[] {EMBD, FF}, gaussian(random, EMBD * FF)));
        tensors.put("blk.0.ffn_down.weight", new Tensor(new long[] {FF, EMBD}, new float[EMBD * FF]));
        return tensors;
    }

    private static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * 0.02);
        }
        return values;
    }

    private static long aligned(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** Little-endian GGUF primitives. */
    private static final class Out {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        void bytes(byte[] b) {
            buffer.writeBytes(b);
        }

        void u32(int v) {
            bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        void u64(long v) {
            bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void f32(float v) {
            bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            bytes(b);
        }

        void kvString(String key, String value) {
            string(key);
            u32(TYPE_STRING);
            string(value);
        }

        void kvU32(String key, int value) {
            string(key);
            u32(TYPE_UINT32);
            u32(value);
        }

        void arrayHeader(String key, int type, int count) {
            string(key);
            u32(TYPE_ARRAY);
            u32(type);
            u64(count);
        }

        void pad() {
            while (buffer.size() % ALIGNMENT != 0) {
                buffer.write(0);
            }
        }
    }
}
