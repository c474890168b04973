package io.videogen.presentation.security;

import io.videogen.domain.user.Caller;

/**
 * Who is calling. Resources ask only this, never the token, so how callers are authenticated can
 * change without touching a resource.
 */
public interface CallerResolver {

    /** The authenticated caller; an AuthenticationFailedException when there is none. */
    Caller current();
}
