package io.videogen.domain.shared;

/** Nothing with that id exists for the caller (someone else's things are not found either). */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String kind, Object id) {
        super("RESOURCE_NOT_FOUND", "no " + kind + " with id " + id);
    }
}
