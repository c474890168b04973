package io.videogen.presentation.input;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    private static void check(String json) {
        JsonBodyGuard.check(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String json, String field, String message) {
        assertThatThrownBy(() -> check(json)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
    }

    @Test
    void aSoundBodyPasses() {
        assertThatCode(() -> check("{\"title\":\"Tour\\t1\",\"scenes\":[{\"text\":\"Hi.\\nBye.\"}],\"n\":1e400}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aControlCharacterIsRefusedWithThePathOfItsField() {
        refused("{\"title\":\"ok\",\"scenes\":[{\"text\":\"a\"},{\"text\":\"b\\u0000\"}]}", "scenes[1].text", "U+0000");
        refused("{\"variables\":{\"who\":\"\\u001b[1m\"}}", "variables.who", "U+001B");
        refused("[\"a\",\"\\u0001\"]", "[1]", "U+0001");
    }

    @Test
    void aFieldNameIsHeldToTheRuleToo() {
        refused("{\"variables\":{\"w\\u0000ho\":\"x\"}}", "variables.w\u0000ho", "the field name holds");
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        refused("{\"title\":\"\\ud83d\"}", "title", "surrogate");
    }

    @Test
    void aKeyGivenTwiceIsRefusedByName() {
        refused("{\"email\":5,\"password\":\"x\",\"email\":\"a@example.com\"}", "email", "is given twice");
        refused("{\"output\":{\"fps\":15,\"fps\":\"x\"}}", "output.fps", "is given twice");
    }

    @Test
    void nestingDeeperThanAnyRequestIsRefused() {
        String deep = "{\"a\":" + "[".repeat(40) + "1" + "]".repeat(40) + "}";
        refused(deep, "a" + "[0]".repeat(JsonBodyGuard.DEEPEST - 1), "nests deeper than");
    }

    @Test
    void whatIsNotJsonIsLeftToTheParserThatBindsIt() {
        assertThatCode(() -> check("{\"title\": tru")).doesNotThrowAnyException();
        assertThatCode(() -> JsonBodyGuard.check(new byte[] {'"', (byte) 0xc3, 0x28, '"'})).doesNotThrowAnyException();
    }
}
