package io.videogen.infrastructure.ai.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Chat completion bodies as an OpenAI-compatible server sends them. */
public final class ChatAnswers {

    public static final String TIDES = "{\"title\":\"Tides\",\"scenes\":["
            + "{\"title\":\"The pull\",\"text\":\"The moon pulls on the oceans.\","
            + "\"prompt\":\"the moon over a calm sea at night\"},"
            + "{\"title\":null,\"text\":\"Twice a day the water rises and falls.\","
            + "\"prompt\":\"a harbour at low tide, boats resting on the mud\"}]}";

    private ChatAnswers() {
    }

    public static String completion(String content) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("model", "llama3.2");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 80).put("total_tokens", 200);
        return body.toString();
    }
}
