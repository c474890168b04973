package io.videogen.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final UserId me = UserId.random();
    private final UserId someoneElse = UserId.random();

    @Test
    void adminSeesAll() {
        Caller admin = new Caller(me, Set.of(Role.ADMIN));

        assertThat(admin.seesEverything()).isTrue();
        assertThat(admin.sees(someoneElse)).isTrue();
        assertThat(admin.sees(me)).isTrue();
    }

    @Test
    void othersSeeOnlyTheirOwn() {
        Caller creator = new Caller(me, Set.of(Role.CREATOR, Role.VIEWER));

        assertThat(creator.seesEverything()).isFalse();
        assertThat(creator.sees(me)).isTrue();
        assertThat(creator.sees(someoneElse)).isFalse();
    }

    @Test
    void adminsAndCreatorsMayCreateViewersMayNot() {
        assertThat(new Caller(me, Set.of(Role.ADMIN)).mayCreate()).isTrue();
        assertThat(new Caller(me, Set.of(Role.CREATOR)).mayCreate()).isTrue();
        assertThat(new Caller(me, Set.of(Role.VIEWER)).mayCreate()).isFalse();
        assertThat(new Caller(me, Set.of()).mayCreate()).isFalse();
    }

    @Test
    void rolesCannotBeChangedAfterTheFact() {
        Set<Role> roles = new HashSet<>(Set.of(Role.VIEWER));
        Caller caller = new Caller(me, roles);

        roles.add(Role.ADMIN);

        assertThat(caller.seesEverything()).isFalse();
        assertThatThrownBy(() -> caller.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCallerIsSomebody() {
        assertThatThrownBy(() -> new Caller(null, Set.of(Role.ADMIN))).isInstanceOf(NullPointerException.class);
    }
}
