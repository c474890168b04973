package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.model.AbstractModel;
import opennlp.model.Context;
import opennlp.model.IndexHashTable;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaggerModelTest {

    private static final String SHIPPED = "/marytts/language/en/tagger/en-pos-maxent.bin";

    private static POSModel byOpenNlp;
    private static POSModel inflatedOnce;

    @BeforeAll
    static void readBothWays() throws IOException {
        try (InputStream shipped = TaggerModelTest.class.getResourceAsStream(SHIPPED)) {
            byOpenNlp = new POSModel(shipped);
        }
        try (InputStream shipped = TaggerModelTest.class.getResourceAsStream(SHIPPED)) {
            inflatedOnce = TaggerModel.read(shipped);
        }
    }

    @Test
    void theModelInflatedOnceHoldsTheSameOutcomesPredicatesAndParameters() {
        Object[] expected = byOpenNlp.getPosModel().getDataStructures();
        Object[] actual = inflatedOnce.getPosModel().getDataStructures();

        assertThat(actual[2]).as("outcomes").isEqualTo(expected[2]);
        assertThat(actual[3]).as("correction constant").isEqualTo(expected[3]);
        assertThat(actual[4]).as("correction parameter").isEqualTo(expected[4]);
        Context[] expectedParameters = (Context[]) expected[0];
        Context[] actualParameters = (Context[]) actual[0];
        assertThat(actualParameters).hasSameSizeAs(expectedParameters).hasSizeGreaterThan(10_000);
        @SuppressWarnings("unchecked")
        IndexHashTable<String> expectedPredicates = (IndexHashTable<String>) expected[1];
        @SuppressWarnings("unchecked")
        IndexHashTable<String> actualPredicates = (IndexHashTable<String>) actual[1];
        int predicates = expectedPredicates.size();
        assertThat(actualPredicates.toArray(new String[actualPredicates.size()]))
                .isEqualTo(expectedPredicates.toArray(new String[predicates]));
        for (int i = 0; i < expectedParameters.length; i++) {
            assertThat(actualParameters[i].getOutcomes()).as("outcomes of context %d", i)
                    .isEqualTo(expectedParameters[i].getOutcomes());
            assertThat(actualParameters[i].getParameters()).as("parameters of context %d", i)
                    .isEqualTo(expectedParameters[i].getParameters());
        }
        assertThat(inflatedOnce.getTagDictionary()).isEqualTo(byOpenNlp.getTagDictionary());
        assertThat(inflatedOnce.getLanguage()).isEqualTo(byOpenNlp.getLanguage());
    }

    @Test
    void sentencesAreTaggedAsByTheModelOpenNlpReadItself() {
        POSTaggerME expected = new POSTaggerME(byOpenNlp);
        POSTaggerME actual = new POSTaggerME(inflatedOnce);
        for (List<String> sentence : List.of(List.of("We", "sold", "42", "robots", "last", "year", "."),
                List.of("Welcome", "to", "the", "demo", "video", "."),
                List.of("Questions", "?", "Ask", "the", "team", "about", "the", "lead", "time", "."))) {
            String[] words = sentence.toArray(String[]::new);
            assertThat(actual.tag(words)).as("tags of %s", sentence).isEqualTo(expected.tag(words));
            assertThat(actual.probs()).as("probabilities of %s", sentence).isEqualTo(expected.probs());
        }
        assertThat(actual.tag(new String[] {"We", "sold", "robots"})).containsExactly("PRP", "VBD", "NNS");
    }
}
