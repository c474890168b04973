package io.videogen.application.port.out;

/** One-way password hashing with a maintained algorithm (bcrypt or Argon2). */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
