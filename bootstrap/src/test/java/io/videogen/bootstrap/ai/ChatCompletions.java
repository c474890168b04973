package io.videogen.bootstrap.ai;

/** OpenAI-compatible chat completion bodies holding a script. */
final class ChatCompletions {

    static final String TIDES = "{\"title\":\"Tides\",\"scenes\":["
            + "{\"title\":\"The pull\",\"text\":\"The moon pulls on the oceans.\","
            + "\"prompt\":\"the moon over a calm sea at night\"},"
            + "{\"title\":null,\"text\":\"Twice a day the water rises and falls.\","
            + "\"prompt\":\"a harbour at low tide\"}]}";

    private ChatCompletions() {
    }

    static String holding(String content) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":"
                + quoted(content) + "}}],\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":60,"
                + "\"total_tokens\":160}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
