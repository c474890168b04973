package io.videogen.infrastructure.storage;

import io.videogen.application.port.out.MediaStore;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;

class LocalMediaStoreTest extends MediaStoreContract {

    private MediaStore store;

    @BeforeEach
    void open() throws IOException {
        store = new LocalMediaStore(dir.resolve("media"));
    }

    @Override
    protected MediaStore store() {
        return store;
    }
}
