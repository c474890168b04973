package io.videogen.application.provider;

import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What went wrong with each link of a chain that was tried, to explain a chain that failed as a whole. */
final class ChainFailures {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    private final List<String> reasons = new ArrayList<>();
    private Duration soonest;
    private boolean unusableAnswer;

    void unavailable(ProviderUnavailableException e) {
        reasons.add(e.getMessage());
        if (e.retryAfter() != null && (soonest == null || e.retryAfter().compareTo(soonest) < 0)) {
            soonest = e.retryAfter();
        }
    }

    void switchedOff(String provider) {
        reasons.add("provider '" + provider + "' is switched off by an admin");
    }

    /** The link was not asked: the user may not use it now (a quota). */
    void refused(String reason) {
        reasons.add(reason);
    }

    void unusable(UnusableAnswerException e) {
        unusableAnswer = true;
        reasons.add(e.getMessage());
    }

    /** Whether some provider answered, only not usably: then waiting for the others will not help. */
    boolean anyUnusableAnswer() {
        return unusableAnswer;
    }

    /** The soonest a failed link said it may serve again. */
    Duration retryAfter() {
        return soonest == null || soonest.isZero() ? DEFAULT_RETRY_AFTER : soonest;
    }

    String summary() {
        return String.join("; ", reasons);
    }
}
