package io.videogen.bootstrap.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonAddressTest {

    @TempDir
    Path dir;

    @Test
    void makesItsDirectoryForItsUserAloneAndNamesTheSocketAfterTheBuild() throws Exception {
        Path daemons = dir.resolve("daemons");
        DaemonAddress address = DaemonAddress.of("/app 1-2 3-4", Map.of("VIDEOGEN_DAEMON_DIR", daemons.toString()));

        assertThat(Files.getPosixFilePermissions(daemons)).isEqualTo(DaemonAddress.OWNER_ONLY);
        assertThat(address.socket().getParent()).isEqualTo(daemons);
        assertThat(address.socket().getFileName().toString()).matches("render-[0-9a-f]{16}\\.sock");
        assertThat(DaemonAddress.of("/app 1-2 3-5", Map.of("VIDEOGEN_DAEMON_DIR", daemons.toString())).socket())
                .as("a rebuilt jar or another JDK: another daemon").isNotEqualTo(address.socket());
        assertThat(DaemonAddress.of("/app 1-2 3-4", Map.of("VIDEOGEN_DAEMON_DIR", daemons.toString())))
                .isEqualTo(address);
    }

    @Test
    void namesTheBuildByItsFnv1aDigest() {
        assertThat(DaemonAddress.digest("")).isEqualTo("cbf29ce484222325");
        assertThat(DaemonAddress.digest("a")).isEqualTo("af63dc4c8601ec8c");
        assertThat(DaemonAddress.digest("foobar")).isEqualTo("85944171f73967e8");
    }

    @Test
    void refusesADirectoryOthersMayEnter() throws Exception {
        Path open = Files.createDirectory(dir.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-x---"));

        assertThatThrownBy(() -> DaemonAddress.of("b", Map.of("VIDEOGEN_DAEMON_DIR", open.toString())))
                .isInstanceOf(DaemonAddress.UntrustedDirectory.class).hasMessageContaining("rwxr-x---")
                .hasMessageContaining("chmod 700");
    }

    @Test
    void refusesASymbolicLinkInPlaceOfTheDirectory() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), elsewhere);

        assertThatThrownBy(() -> DaemonAddress.of("b", Map.of("VIDEOGEN_DAEMON_DIR", link.toString())))
                .isInstanceOf(DaemonAddress.UntrustedDirectory.class).hasMessageContaining("symbolic link");
    }

    @Test
    void readsTheIdleTimeoutWithOrWithoutAUnit() {
        assertThat(IdleTimeout.parse(null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(IdleTimeout.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(IdleTimeout.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(IdleTimeout.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThatThrownBy(() -> IdleTimeout.parse("5d")).hasMessageContaining("the unit is s, m or h");
        assertThatThrownBy(() -> IdleTimeout.parse("0s")).hasMessageContaining("more than nothing");
    }
}
