package io.videogen.application.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.QuotaExceededException;
import io.videogen.application.port.in.UsageUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.UsageLedger;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Meters each user's provider use per calendar month (UTC) — chat tokens, speech characters,
 * images — and refuses a call once the user has reached a configured limit. Other users are not
 * affected; the server's own calls (no user) are not metered. Blocking where the chains call it.
 */
public final class UsageMeter implements UsageUseCase {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final UsageLedger ledger;
    private final Limits limits;
    private final Clock clock;

    public UsageMeter(UsageLedger ledger, Limits limits, Clock clock) {
        this.ledger = ledger;
        this.limits = limits;
        this.clock = clock;
    }

    /** The monthly limits; an empty one is unlimited. */
    public record Limits(Optional<Long> chatTokens, Optional<Long> speechCharacters, Optional<Long> images,
                         Optional<Long> videoClips) {

        public static final Limits NONE = new Limits(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        Optional<Long> of(Capability capability) {
            return switch (capability) {
                case CHAT -> chatTokens;
                case SPEECH -> speechCharacters;
                case IMAGE -> images;
                case VIDEO -> videoClips;
            };
        }
    }

    /** Fails with {@link QuotaExceededException} when the account's user has used up the capability this month. */
    public void admit(ProviderAccount account, Capability capability) {
        Optional<Long> limit = limits.of(capability);
        if (account.user().isEmpty() || limit.isEmpty()) {
            return;
        }
        YearMonth period = period();
        long used = ledger.usage(account.user().get(), period).await().atMost(PATIENCE).of(capability);
        if (used >= limit.get()) {
            throw new QuotaExceededException("you have used " + used + " of your " + limit.get() + " "
                    + name(capability) + " for " + period + "; the quota starts again next month, or an admin can "
                    + "raise videogen.ai.quota." + setting(capability), untilNextMonth());
        }
    }

    /** Counts what a provider call used (not a cached result: that costs nothing). */
    public void record(ProviderAccount account, Capability capability, long amount) {
        if (account.user().isPresent() && amount > 0) {
            ledger.add(account.user().get(), period(), capability, amount).await().atMost(PATIENCE);
        }
    }

    @Override
    public Uni<UsageView> usage(Caller caller) {
        YearMonth period = period();
        UserId user = caller.userId();
        return ledger.usage(user, period).map(used -> {
            Map<String, Long> set = new LinkedHashMap<>();
            limits.chatTokens().ifPresent(limit -> set.put("chatTokens", limit));
            limits.speechCharacters().ifPresent(limit -> set.put("speechCharacters", limit));
            limits.images().ifPresent(limit -> set.put("images", limit));
            limits.videoClips().ifPresent(limit -> set.put("videoClips", limit));
            return new UsageView(period.toString(), used.chatTokens(), used.speechCharacters(), used.images(),
                    used.videoClips(), set);
        });
    }

    private YearMonth period() {
        return YearMonth.from(clock.now().atZone(ZoneOffset.UTC));
    }

    private Duration untilNextMonth() {
        return Duration.between(clock.now(), period().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String name(Capability capability) {
        return switch (capability) {
            case CHAT -> "chat tokens";
            case SPEECH -> "speech characters";
            case IMAGE -> "images";
            case VIDEO -> "video clips";
        };
    }

    private static String setting(Capability capability) {
        return switch (capability) {
            case CHAT -> "chat-tokens";
            case SPEECH -> "speech-characters";
            case IMAGE -> "images";
            case VIDEO -> "video-clips";
        };
    }
}
