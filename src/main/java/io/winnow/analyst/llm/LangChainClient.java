package io.winnow.analyst.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.List;
import java.util.Objects;

/** A model behind an HTTP API, reached through a LangChain4j {@link ChatModel} set up by {@link ChatModels}. */
final class LangChainClient implements ModelClient {
    private final String name;
    private final ChatModel model;
    private final CallFailures failures;

    /**
     * @param name     the analyst's name, for messages
     * @param model    the chat model, already set to answer in the analysis schema
     * @param failures how to describe a failed call
     */
    LangChainClient(String name, ChatModel model, CallFailures failures) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = Objects.requireNonNull(model, "model");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public String answer(List<Turn> conversation) {
        ChatRequest request = ChatRequest.builder().messages(conversation.stream().map(LangChainClient::message).toList()).build();
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RuntimeException e) {
            throw failures.describe(name, e);
        }
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        return text == null ? "" : text;
    }

    private static ChatMessage message(Turn turn) {
        return switch (turn.role()) {
            case SYSTEM -> SystemMessage.from(turn.text());
            case USER -> UserMessage.from(turn.text());
            case ASSISTANT -> AiMessage.from(turn.text());
        };
    }

    @Override
    public String toString() {
        return "LangChainClient[" + name + "]";
    }
}
