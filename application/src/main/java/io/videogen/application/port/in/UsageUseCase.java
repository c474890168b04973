package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import java.util.Map;

/** What the caller used of the providers this month, and the limits. */
public interface UsageUseCase {

    Uni<UsageView> usage(Caller caller);

    /** @param limits by {@code chatTokens}, {@code speechCharacters}, {@code images}; only the configured ones */
    record UsageView(String period, long chatTokens, long speechCharacters, long images, long videoClips,
                     Map<String, Long> limits) {
    }
}
