package io.videogen.archfixture.rule9.infrastructure.media;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/** Planted violation of rule 9: a pool and a permit count that no configuration reaches. */
public class SharedEncoders {

    static final Semaphore SLOTS = new Semaphore(2);
    private static final ExecutorService POOL = Executors.newCachedThreadPool();

    public void run(Runnable work) {
        POOL.submit(work);
    }
}
