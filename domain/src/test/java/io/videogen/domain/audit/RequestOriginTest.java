package io.videogen.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void addressesAndRequestIdsOfTheSafeAlphabetAreKeptAsTheyCame() {
        RequestOrigin origin = new RequestOrigin(" [2001:db8::1%eth0] ", "7c12ddc7-735a-4ecc-b07b-0986eeae1d2a");

        assertThat(origin.clientAddress()).isEqualTo("[2001:db8::1%eth0]");
        assertThat(origin.requestId()).isEqualTo("7c12ddc7-735a-4ecc-b07b-0986eeae1d2a");
    }

    @Test
    void everyOtherCharacterBecomesOneUnderscore() {
        RequestOrigin origin = new RequestOrigin("10.0.0.1", "id\nFORGED line=\"x\" \uD83D\uDE00é/ok");

        // the emoji is one code point (two chars) and one underscore
        assertThat(origin.requestId()).isEqualTo("id_FORGED_line__x_____ok");
    }

    @Test
    void blankIsUnknownAndLongIsCut() {
        RequestOrigin origin = new RequestOrigin("  ", "a".repeat(300));

        assertThat(origin.clientAddress()).isEqualTo("unknown");
        assertThat(origin.requestId()).isEqualTo("a".repeat(128));
    }
}
