package io.videogen.domain.shared;

/** Which slice of a list to return; pages count from 0. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "page is " + page + "; pages count from 0");
        }
        Guard.between(size, 1, MAX_SIZE, "size");
    }

    public long offset() {
        return (long) page * size;
    }
}
