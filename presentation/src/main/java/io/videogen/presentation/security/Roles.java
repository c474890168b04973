package io.videogen.presentation.security;

/** Role names as they appear in the token's {@code groups} and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CREATOR = "creator";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
