package io.videogen.domain.shared;

import java.util.HexFormat;
import java.util.regex.Pattern;

/** A colour written as {@code #rrggbb} (or the short {@code #rgb}). */
public record RgbColor(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final HexFormat HEX_DIGITS = HexFormat.of();

    public RgbColor {
        Guard.between(red, 0, 255, "red");
        Guard.between(green, 0, 255, "green");
        Guard.between(blue, 0, 255, "blue");
    }

    public static RgbColor parse(String hex, String field) {
        if (hex == null || !HEX.matcher(hex.strip()).matches()) {
            throw new InvalidValueException(field,
                    field + " is '" + hex + "'; write a colour as #rrggbb, for example #1e3c72");
        }
        String digits = hex.strip().replace("#", "");
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        int value = Integer.parseInt(digits, 16);
        return new RgbColor((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    /** {@code #rrggbb} in lower case (written for every colour of every video read: no String.format). */
    public String hex() {
        return "#" + HEX_DIGITS.toHexDigits((byte) red) + HEX_DIGITS.toHexDigits((byte) green)
                + HEX_DIGITS.toHexDigits((byte) blue);
    }

    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }
}
