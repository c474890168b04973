package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptVariablesTest {

    @Test
    void replacesPlaceholdersWithOrWithoutSpaces() {
        assertThat(ScriptVariables.substitute("Hi {{name}}, welcome to {{ company.name }}!",
                Map.of("name", "Ada", "company.name", "Videogen")))
                .isEqualTo("Hi Ada, welcome to Videogen!");
    }

    @Test
    void insertsValuesLiterallyWithoutExpandingThemAgain() {
        assertThat(ScriptVariables.substitute("{{a}} {{b}}", Map.of("a", "{{b}} $1 \\", "b", "x")))
                .isEqualTo("{{b}} $1 \\ x");
    }

    @Test
    void leavesBracesThatAreNotPlaceholdersAlone() {
        String text = "{{ not a name }} {{1abc}} {single} {{}}";
        assertThat(ScriptVariables.usedIn(text)).isEmpty();
        assertThat(ScriptVariables.substitute(text, Map.of())).isEqualTo(text);
    }

    @Test
    void listsTheVariablesATextUsesOnceInOrder() {
        assertThat(ScriptVariables.usedIn("{{b}} {{ a }} {{b}} {{_c-1.x}}")).containsExactly("b", "a", "_c-1.x");
    }

    @Test
    void namesTheMissingVariableAndSaysWhereToAddIt() {
        MissingVariableException missing = catchThrowableOfType(
                () -> ScriptVariables.substitute("Hello {{name}}!", Map.of()), MissingVariableException.class);
        assertThat(missing).hasMessage("Script uses {{name}} but no variable 'name' was given: add it to \"variables\"");
        assertThat(missing.missingVariables()).containsExactly("name");
        assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void namesEveryMissingVariable() {
        assertThatThrownBy(() -> ScriptVariables.substitute("{{a}} {{b}} {{c}} {{d}}", Map.of("b", "B")))
                .isInstanceOf(MissingVariableException.class)
                .hasMessage("Script uses {{a}}, {{c}} and {{d}} but no variables 'a', 'c' and 'd' were given:"
                        + " add them to \"variables\"")
                .extracting(error -> ((MissingVariableException) error).missingVariables())
                .isEqualTo(List.of("a", "c", "d"));
    }
}
