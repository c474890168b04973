package io.videogen.infrastructure.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisemeTest {

    @Test
    void opensTheMouthForEveryVowel() {
        List<String> vowels = List.of("aa", "ae", "ah", "ao", "aw", "ay", "eh", "er", "ey", "ih", "iy", "ow", "oy", "uh", "uw");

        assertThat(vowels).allSatisfy(vowel -> assertThat(Viseme.ofPhoneme(vowel).isOpen()).as(vowel).isTrue());
    }

    @Test
    void closesTheLipsForPausesAndLipConsonants() {
        assertThat(List.of("pau", "b", "m", "p")).allSatisfy(phoneme -> assertThat(Viseme.ofPhoneme(phoneme)).isEqualTo(Viseme.REST));
    }

    @Test
    void givesEachVowelFamilyItsOwnShape() {
        assertThat(Viseme.ofPhoneme("aa")).isEqualTo(Viseme.OPEN);
        assertThat(Viseme.ofPhoneme("iy")).isEqualTo(Viseme.WIDE);
        assertThat(Viseme.ofPhoneme("uw")).isEqualTo(Viseme.ROUND);
        assertThat(Viseme.ofPhoneme("f")).isEqualTo(Viseme.FV);
        assertThat(Viseme.ofPhoneme("v")).isEqualTo(Viseme.FV);
    }

    @Test
    void partsTheLipsSlightlyForOtherConsonantsAndUnknownNames() {
        assertThat(List.of("s", "t", "k", "n", "sh", "th", "hh", "zh", "something-new"))
                .allSatisfy(phoneme -> assertThat(Viseme.ofPhoneme(phoneme)).isEqualTo(Viseme.SLIGHT));
    }
}
