package io.videogen.domain.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ScriptVariablesPropertyTest {

    @Property
    void noPlaceholderOfAUsedNameRemainsAfterSubstitution(@ForAll("templates") String template) {
        List<String> used = ScriptVariables.usedIn(template);
        Map<String, String> variables = new HashMap<>();
        used.forEach(name -> variables.put(name, "value of " + name.replace('.', ' ')));

        String result = ScriptVariables.substitute(template, variables);

        assertThat(ScriptVariables.usedIn(result)).noneMatch(used::contains);
    }

    @Property
    void valuesWithoutBracesNeverLeaveAPlaceholderBehind(@ForAll("templates") String template,
                                                         @ForAll("values") String value) {
        Map<String, String> variables = new HashMap<>();
        ScriptVariables.usedIn(template).forEach(name -> variables.put(name, value));

        assertThat(ScriptVariables.usedIn(ScriptVariables.substitute(template, variables))).isEmpty();
    }

    @Property
    void aMissingVariableIsNamedInTheError(@ForAll("templates") String template) {
        List<String> used = ScriptVariables.usedIn(template);
        if (used.isEmpty()) {
            assertThat(ScriptVariables.substitute(template, Map.of())).isEqualTo(template);
            return;
        }
        Map<String, String> allButFirst = new HashMap<>();
        used.subList(1, used.size()).forEach(name -> allButFirst.put(name, "x"));

        MissingVariableException missing = catchThrowableOfType(
                () -> ScriptVariables.substitute(template, allButFirst), MissingVariableException.class);

        assertThat(missing.missingVariables()).containsExactly(used.get(0));
        assertThat(missing).hasMessageContaining("{{" + used.get(0) + "}}").hasMessageContaining("\"variables\"");
    }

    /** Literal text has no braces of its own beyond whole brace groups that are not placeholders. */
    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> name = Combinators.combine(
                        Arbitraries.strings().withChars("abcXYZ_").ofLength(1),
                        Arbitraries.strings().withChars("abcXYZ019_.-").ofMaxLength(8))
                .as(String::concat);
        Arbitrary<String> placeholder = Combinators.combine(name, Arbitraries.of("", " ", "  ", "\t"),
                        Arbitraries.of("", " ", "\n"))
                .as((variable, before, after) -> "{{" + before + variable + after + "}}");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, placeholder),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(10).map(ScriptVariablesPropertyTest::withoutBraces)),
                Tuple.of(1, Arbitraries.of("{x}", "{{ 1 }}", "{{}}", "{{-a}}", "{{a b}}", "🎬", " ")));
        return piece.list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().all().ofMaxLength(12).map(ScriptVariablesPropertyTest::withoutBraces);
    }

    private static String withoutBraces(String text) {
        return text.replace("{", "").replace("}", "");
    }
}
