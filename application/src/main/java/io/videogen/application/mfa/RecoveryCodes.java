package io.videogen.application.mfa;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ten single-use codes that stand in for the authenticator when it is lost: {@code xxxxx-xxxxx} of a
 * base32-like alphabet without look-alikes (50 bits each), shown once and stored only as hashes.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int HALF = 5;

    private RecoveryCodes() {
    }

    public static List<String> generate(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(HALF * 2 + 1);
            for (int c = 0; c < HALF * 2; c++) {
                if (c == HALF) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** As typed: case, spaces and the dash do not matter. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
