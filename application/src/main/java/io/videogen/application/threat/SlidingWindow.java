package io.videogen.application.threat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-key counts of what happened within the last {@code window}: how many distinct values (account
 * names, resource ids) each key (a client address) produced. Bounded: beyond {@code maxKeys} the key
 * seen least recently is forgotten, so a flood of addresses cannot exhaust memory.
 */
final class SlidingWindow {

    private record Sighting(Instant at, String value) {
    }

    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Sighting>> sightings;

    SlidingWindow(Duration window, int maxKeys) {
        this.window = window;
        this.maxKeys = maxKeys;
        this.sightings = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Sighting>> eldest) {
                return size() > SlidingWindow.this.maxKeys;
            }
        };
    }

    /** Records a sighting and answers how many distinct values the key has within the window. */
    synchronized int add(String key, String value, Instant at) {
        Deque<Sighting> seen = sightings.computeIfAbsent(key, k -> new ArrayDeque<>());
        seen.addLast(new Sighting(at, value));
        Instant horizon = at.minus(window);
        while (!seen.isEmpty() && seen.peekFirst().at().isBefore(horizon)) {
            seen.removeFirst();
        }
        Set<String> distinct = new HashSet<>();
        seen.forEach(sighting -> distinct.add(sighting.value()));
        return distinct.size();
    }

    /** Starts the key afresh, after it raised a threat, so one attack raises one event per window. */
    synchronized void forget(String key) {
        sightings.remove(key);
    }
}
