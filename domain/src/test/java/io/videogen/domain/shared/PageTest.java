package io.videogen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void pagesCountFromZero() {
        assertThat(new PageRequest(0, 20).offset()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void theOffsetOfAFarPageDoesNotOverflow() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset()).isEqualTo(214_748_364_700L);
    }

    @Test
    void rejectsANegativePage() {
        assertThatThrownBy(() -> new PageRequest(-1, 20))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("page is -1; pages count from 0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("page");
    }

    @Test
    void aPageHoldsFrom1To100Items() {
        assertThat(new PageRequest(0, 1).size()).isEqualTo(1);
        assertThat(new PageRequest(0, 100).size()).isEqualTo(100);
        assertThatThrownBy(() -> new PageRequest(0, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("size is 0; use a value from 1 to 100")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> new PageRequest(0, 101))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("size is 101; use a value from 1 to 100");
    }

    @Test
    void totalPagesRoundsUp() {
        PageRequest tens = new PageRequest(0, 10);

        assertThat(new Page<>(List.of(), tens, 0).totalPages()).isZero();
        assertThat(new Page<>(List.of(), tens, 1).totalPages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), tens, 10).totalPages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), tens, 101).totalPages()).isEqualTo(11);
    }

    @Test
    void mappingAPageKeepsItsPlaceInTheList() {
        PageRequest request = new PageRequest(2, 2);
        Page<Integer> numbers = new Page<>(List.of(5, 6), request, 7);

        Page<String> texts = numbers.map(n -> "#" + n);

        assertThat(texts.items()).containsExactly("#5", "#6");
        assertThat(texts.request()).isEqualTo(request);
        assertThat(texts.totalItems()).isEqualTo(7);
        assertThat(texts.totalPages()).isEqualTo(4);
    }

    @Test
    void thePagesItemsCannotBeChangedFromOutside() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, new PageRequest(0, 10), 1);

        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
