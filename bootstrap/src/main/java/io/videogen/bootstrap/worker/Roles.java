package io.videogen.bootstrap.worker;

import java.util.List;
import java.util.Locale;

/**
 * What this process does: serve the REST API, render videos, or both (the default). A scaled
 * deployment runs API processes and worker processes from the same artifact.
 */
record Roles(boolean api, boolean worker) {

    static Roles of(List<String> names) {
        boolean api = false;
        boolean worker = false;
        for (String name : names) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "api" -> api = true;
                case "worker" -> worker = true;
                case "" -> { }
                default -> throw new IllegalArgumentException("videogen.roles: unknown role '" + name.trim()
                        + "'; use api, worker or api,worker");
            }
        }
        if (!api && !worker) {
            throw new IllegalArgumentException("videogen.roles names no role; use api, worker or api,worker");
        }
        return new Roles(api, worker);
    }
}
