package io.videogen.presentation.rest.auth;

import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.shared.PermissionDeniedException;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The two cookies of a browser session. The refresh token sits in an HttpOnly cookie sent only to
 * {@code /api/v1/auth/session}; its CSRF token is a digest of that refresh token in a cookie the
 * page can read, which the page sends back as {@code X-CSRF-Token}. A forged cross-site request
 * carries the cookie (were SameSite=Strict not to stop it) but cannot read the CSRF value, and a
 * planted CSRF cookie cannot match a refresh token the planter does not know. Both are session
 * cookies: closing the browser ends the session.
 */
final class SessionCookies {

    static final String REFRESH = "videogen_refresh";
    static final String CSRF = "videogen_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String REFRESH_PATH = "/api/v1/auth/session";

    private SessionCookies() {
    }

    static Response.ResponseBuilder set(Response.ResponseBuilder response, String refreshToken) {
        return response.cookie(refresh(refreshToken, -1), csrf(csrfFor(refreshToken), -1));
    }

    static Response.ResponseBuilder cleared(Response.ResponseBuilder response) {
        return response.cookie(refresh("", 0), csrf("", 0));
    }

    /** Refuses a cookie-authenticated call that lacks the session cookie or its CSRF header. */
    static void checkCsrf(String refreshToken, String header) {
        if (refreshToken == null || refreshToken.isEmpty()) {
            throw new AuthenticationFailedException("no session cookie; sign in again");
        }
        byte[] expected = csrfFor(refreshToken).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new PermissionDeniedException("send the value of the " + CSRF + " cookie in the " + CSRF_HEADER
                    + " header");
        }
    }

    static String csrfFor(String refreshToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("videogen-csrf:" + refreshToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static NewCookie refresh(String value, int maxAge) {
        return new NewCookie.Builder(REFRESH).value(value).path(REFRESH_PATH).maxAge(maxAge)
                .secure(true).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static NewCookie csrf(String value, int maxAge) {
        return new NewCookie.Builder(CSRF).value(value).path("/").maxAge(maxAge)
                .secure(true).httpOnly(false).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
