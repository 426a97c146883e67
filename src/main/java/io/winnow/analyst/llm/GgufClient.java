package io.winnow.analyst.llm;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A GGUF model file run in this process by llama.cpp, with no server and no network: the answer is constrained by
 * a grammar made from {@link AnalysisSchema}, so it is JSON of the right shape by construction. One generation runs
 * at a time; the timeout covers waiting for that turn and generating, and a generation past its deadline is
 * cancelled. {@link #close()} frees the model; llama.cpp leaves a native thread attached to the JVM even then, so
 * the process must end with {@code System.exit}, as Winnow's main does.
 */
final class GgufClient implements ModelClient {
    /** Room for the system prompt, a long alert and the answer. */
    static final int CONTEXT_TOKENS = 8192;
    static final int MAX_ANSWER_TOKENS = 2048;

    private final String name;
    private final LlamaModel model;
    private final String grammar;
    private final Duration timeout;
    private final Clock clock;
    private final ReentrantLock turn = new ReentrantLock(true);

    private GgufClient(String name, LlamaModel model, String grammar, Duration timeout, Clock clock) {
        this.name = name;
        this.model = model;
        this.grammar = grammar;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Loads the model file named by the settings. Nothing is ever downloaded.
     *
     * @throws LlmSetupException when the native library or the file cannot be loaded
     */
    static GgufClient open(LlmSettings settings, Clock clock) {
        try {
            NativeLlama.load();
        } catch (UnsatisfiedLinkError e) {
            throw new LlmSetupException(List.of("llm.provider: gguf needs llama.cpp's native library, which cannot be"
                    + " loaded on this machine (" + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")"));
        }
        String grammar = LlamaModel.jsonSchemaToGrammar(AnalysisSchema.asJson().toString());
        try {
            LlamaModel model = new LlamaModel(new ModelParameters()
                    .setModel(settings.modelPath())
                    .setCtxSize(CONTEXT_TOKENS)
                    .setThreads(Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .disableLog());
            return new GgufClient(settings.analystName(), model, grammar, settings.timeout(), clock);
        } catch (RuntimeException e) { // LlamaException, which the binding keeps package-private
            throw new LlmSetupException(List.of("llm.model_path: llama.cpp cannot load the file as a GGUF model"));
        }
    }

    @Override
    public String answer(List<Turn> conversation) {
        Instant deadline = clock.instant().plus(timeout);
        try {
            if (!turn.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw timedOut();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalystException(Reason.INTERNAL, name + ": interrupted while waiting for the model");
        }
        try {
            return generate(prompt(conversation), deadline);
        } catch (AnalystException e) {
            throw e;
        } catch (RuntimeException e) { // LlamaException, which the binding keeps package-private
            throw new AnalystException(Reason.INTERNAL, name + ": llama.cpp failed to generate an answer");
        } finally {
            turn.unlock();
        }
    }

    private String prompt(List<Turn> conversation) {
        String system = "";
        List<Pair<String, String>> messages = new ArrayList<>();
        for (Turn t : conversation) {
            switch (t.role()) {
                case SYSTEM -> system = t.text();
                case USER -> messages.add(new Pair<>("user", t.text()));
                case ASSISTANT -> messages.add(new Pair<>("assistant", t.text()));
            }
        }
        return model.applyTemplate(new InferenceParameters("").setMessages(system, messages).setUseChatTemplate(true));
    }

    private String generate(String prompt, Instant deadline) {
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setGrammar(grammar)
                .setTemperature(0f)
                .setNPredict(MAX_ANSWER_TOKENS)
                .setCachePrompt(false);
        LlamaIterator tokens = model.generate(parameters).iterator();
        StringBuilder answer = new StringBuilder();
        while (tokens.hasNext()) {
            LlamaOutput output = tokens.next();
            answer.append(output.text);
            if (tokens.hasNext() && clock.instant().isAfter(deadline)) {
                tokens.cancel();
                throw timedOut();
            }
        }
        return answer.toString();
    }

    private AnalystException timedOut() {
        return new AnalystException(Reason.TIMEOUT, name + ": no answer within " + timeout.toMillis() + " ms");
    }

    @Override
    public void close() {
        turn.lock();
        try {
            model.close();
        } finally {
            turn.unlock();
        }
    }

    @Override
    public String toString() {
        return "GgufClient[" + name + "]";
    }
}
