package io.videogen.domain.video;

import io.videogen.domain.shared.Guard;

public record VideoTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public VideoTitle {
        Guard.notBlank(value, "title");
        value = value.strip();
        Guard.maxLength(value, MAX_LENGTH, "title");
    }

    @Override
    public String toString() {
        return value;
    }
}
