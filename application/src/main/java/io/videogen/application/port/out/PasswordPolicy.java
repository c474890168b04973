package io.videogen.application.port.out;

/** Knows passwords too common to allow (a bundled list). */
public interface PasswordPolicy {

    boolean isCommon(char[] password);
}
