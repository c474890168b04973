package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.user.UserId;
import java.time.YearMonth;

/** What each user used of the providers in a calendar month (UTC), shared by every instance. */
public interface UsageLedger {

    Uni<Usage> usage(UserId user, YearMonth period);

    /** Adds to the month's count of one capability (chat tokens, speech characters, images or video clips). */
    Uni<Void> add(UserId user, YearMonth period, Capability capability, long amount);

    record Usage(long chatTokens, long speechCharacters, long images, long videoClips) {

        public static final Usage NONE = new Usage(0, 0, 0, 0);

        public long of(Capability capability) {
            return switch (capability) {
                case CHAT -> chatTokens;
                case SPEECH -> speechCharacters;
                case IMAGE -> images;
                case VIDEO -> videoClips;
            };
        }
    }
}
