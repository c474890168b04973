package io.videogen.domain.shared;

/** Nothing with that id exists for the caller (someone else's things are not found either). */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String kind, Object id) {
        super("RESOURCE_NOT_FOUND", "no " + kind + " with id " + id);
    }

    private ResourceNotFoundException(String message) {
        super("RESOURCE_NOT_FOUND", message);
    }

    /** For things without an id of their own, such as a file of a video. */
    public static ResourceNotFoundException because(String message) {
        return new ResourceNotFoundException(message);
    }
}
