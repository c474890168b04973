package io.videogen.presentation.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Security headers on every HTTP response, API or not, errors included: no MIME sniffing, no
 * framing, no referrer, a content security policy that allows nothing for API responses (and only
 * the studio's own files for the studio's pages), HSTS
 * when configured, and no caching of responses that carry tokens or account data. Headers a
 * handler set itself (such as the JWKS's public caching) are kept.
 */
@ApplicationScoped
class SecurityHeaders {

    /** API responses are data, never pages: nothing may load or run from them. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";
    /** The Swagger UI under /q/ loads its own scripts and styles; it still may not be framed. */
    static final String TOOLS_POLICY = "frame-ancestors 'none'";
    /**
     * The web studio: scripts, styles and fetches only from this origin, media from blob URLs the
     * page made from authorised downloads, no inline script, and Trusted Types with no policy, so no
     * string can ever be written into the page as HTML.
     */
    static final String STUDIO_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob:; media-src 'self' blob:; connect-src 'self'; manifest-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; "
            + "require-trusted-types-for 'script'; trusted-types 'none'";
    private static final int PRIORITY = 2000;

    private final Optional<String> hsts;

    SecurityHeaders(HttpHardeningConfig config) {
        this.hsts = config.hsts().map(age -> "max-age=" + age.toSeconds() + "; includeSubDomains");
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext routing) {
        String path = routing.normalizedPath();
        routing.addHeadersEndHandler(ignored -> {
            MultiMap headers = routing.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy(path));
            }
            hsts.ifPresent(value -> headers.set("Strict-Transport-Security", value));
            if (STUDIO_POLICY.equals(headers.get("Content-Security-Policy"))) {
                // the studio's modules import each other: after an upgrade a browser must not mix cached
                // old files with new ones, so it asks every time (an unchanged file costs a 304)
                headers.set("Cache-Control", "no-cache");
            }
            if (isPrivate(path) && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
                headers.set("Pragma", "no-cache");
            }
        });
        routing.next();
    }

    private static String policy(String path) {
        if (path.startsWith("/q/")) {
            return TOOLS_POLICY;
        }
        return path.startsWith("/api/") || path.startsWith("/.well-known/") ? API_POLICY : STUDIO_POLICY;
    }

    /** Tokens (sign-in, refresh) and account data (me, admin) must never sit in a cache. */
    private static boolean isPrivate(String path) {
        return path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/me") || path.startsWith("/api/v1/admin/");
    }
}
