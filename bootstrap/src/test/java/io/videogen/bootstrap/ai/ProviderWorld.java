package io.videogen.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.videogen.bootstrap.ai.MediaProviderStub.IMAGES;
import static io.videogen.bootstrap.ai.MediaProviderStub.SPEECH;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.render.RenderVideoService;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import io.videogen.bootstrap.worker.ByHand;
import io.videogen.domain.video.VideoId;
import io.vertx.mutiny.redis.client.RedisAPI;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What a test against a {@link PlayedProvider} starts from: the provider with nothing stubbed and
 * nothing asked, a creator just signed up, and the creator's videos rendered by hand, as a worker
 * would, with no queue. {@link #reset()} before each test.
 */
public final class ProviderWorld {

    private final WireMockServer provider;
    private Account creator;

    ProviderWorld(WireMockServer provider) {
        this.provider = provider;
    }

    /** Forgets every stub and request of the provider and signs up a new creator. */
    void reset() {
        provider.resetAll();
        creator = Accounts.signUp();
    }

    /** Who the videos are made as. */
    Account creator() {
        return creator;
    }

    /** Makes the next videos as {@code account}. */
    void actAs(Account account) {
        creator = account;
    }

    /** The {@code studio} of {@link MediaProviderStub} speaks every line as this WAV. */
    void speaks(byte[] wav) {
        provider.stubFor(post(urlEqualTo(SPEECH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/wav").withBody(wav)));
    }

    /** The {@code studio} of {@link MediaProviderStub} paints every picture as these bytes. */
    void paints(byte[] image) {
        provider.stubFor(post(urlEqualTo(IMAGES)).willReturn(okJson(MediaSamples.picture(image))));
    }

    /** Redis loses every key, as after a restart without persistence. */
    void redisForgets() {
        CDI.current().select(RedisAPI.class).get().flushallAndAwait(List.of());
    }

    /** Creates a video as the creator, once ({@code Idempotency-Key}), and answers its id. */
    String create(Object body) {
        return creator.request().header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");
    }

    RenderResult render(String id) {
        return render(id, false);
    }

    /** @param lastAttempt whether a passing failure is final, as on a job's last attempt */
    RenderResult render(String id, boolean lastAttempt) {
        return CDI.current().select(RenderVideoService.class).get()
                .render(VideoId.parse(id), null, ByHand.claim(lastAttempt)).await().atMost(Duration.ofMinutes(3));
    }

    /** Creates and renders a video, which must complete, and answers its id. */
    String rendered(Object body) {
        String id = create(body);
        RenderResult result = render(id);
        assertThat(result.outcome()).as(String.valueOf(result.failure())).isEqualTo(Outcome.COMPLETED);
        return id;
    }
}
