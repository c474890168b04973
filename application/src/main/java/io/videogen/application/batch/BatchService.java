package io.videogen.application.batch;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CancelBatchUseCase;
import io.videogen.application.port.in.CancelVideoUseCase;
import io.videogen.application.port.in.CreateBatchCommand;
import io.videogen.application.port.in.CreateBatchUseCase;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.in.FollowBatchesUseCase;
import io.videogen.application.port.out.BatchRepository;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.domain.batch.Batch;
import io.videogen.domain.batch.BatchId;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.script.MissingVariableException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches: many videos from one spec and rows of variables. Each row's video is made by the
 * create-video use case, all of them inside one transaction with the batch, so a row that fails
 * rolls back every video before it. Which job renders next is the queue's business (its claim is
 * fair between owners, ADR 0015), not the batch's.
 */
public final class BatchService implements CreateBatchUseCase, FollowBatchesUseCase, CancelBatchUseCase {

    private final CreateVideoUseCase videos;
    private final CancelVideoUseCase cancels;
    private final BatchRepository batches;
    private final TransactionRunner transactions;
    private final FeatureGate features;
    private final CallbackAddressGuard callbacks;
    private final Clock clock;
    private final int maxRows;
    private final Duration watchInterval;

    public BatchService(CreateVideoUseCase videos, CancelVideoUseCase cancels, BatchRepository batches,
                        TransactionRunner transactions, FeatureGate features, CallbackAddressGuard callbacks,
                        Clock clock, int maxRows, Duration watchInterval) {
        this.videos = videos;
        this.cancels = cancels;
        this.batches = batches;
        this.transactions = transactions;
        this.features = features;
        this.callbacks = callbacks;
        this.clock = clock;
        this.maxRows = maxRows;
        this.watchInterval = watchInterval;
    }

    @Override
    public Uni<Batch> create(CreateBatchCommand command) {
        if (command.rows().size() > maxRows) {
            throw new InvalidValueException("rows", "a batch has at most " + maxRows + " rows; this one has "
                    + command.rows().size() + ": split it");
        }
        BatchId id = BatchId.random();
        Caller caller = command.caller();
        return features.require(Feature.BATCHES)
                .chain(() -> command.callbackUrl().map(callbacks::check).orElse(Uni.createFrom().voidItem()))
                .chain(() -> transactions.inTransaction(() -> {
            List<VideoId> made = new ArrayList<>();
            Uni<Void> rows = Uni.createFrom().voidItem();
            for (int row = 0; row < command.rows().size(); row++) {
                int index = row;
                rows = rows.chain(() -> videos.create(new CreateVideoCommand(caller, command.rows().get(index)))
                        .onFailure().transform(failure -> inRow(index, failure))
                        .invoke(video -> made.add(video.id())).replaceWithVoid());
            }
            return rows.chain(() -> batches.add(id, caller.userId(), made, command.callbackUrl(), clock.now()));
        })).chain(() -> get(id, caller));
    }

    @Override
    public Uni<Batch> get(BatchId id, Caller caller) {
        return batches.findVisible(id, caller)
                .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("batch", id.toString())));
    }

    @Override
    public Uni<Page<Batch>> list(Caller caller, PageRequest page) {
        return batches.listVisible(caller, page);
    }

    @Override
    public Multi<Batch> watch(BatchId id, Caller caller) {
        // read again every interval: a batch's videos render in any process, and one count query is cheap
        return Multi.createBy().repeating().uni(() -> get(id, caller)).withDelay(watchInterval)
                .whilst(batch -> !batch.ended())
                .skip().repetitions();
    }

    @Override
    public Uni<Batch> cancel(BatchId id, Caller caller) {
        // marked first, so the settler, seeing the last video end, records the batch as cancelled, not completed
        return get(id, caller).call(() -> batches.markCancelled(id)).chain(batch -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (VideoId video : batch.videos()) {
                // one by one, through the video's own use case: its job is withdrawn and its watchers told
                all = all.chain(() -> cancels.cancel(video, caller)
                        .onFailure(IllegalTransitionException.class).recoverWithNull()
                        .onFailure(ResourceNotFoundException.class).recoverWithNull()
                        .replaceWithVoid());
            }
            return all;
        }).chain(() -> get(id, caller));
    }

    /** Ends the batches whose videos all ended and writes their webhooks (called periodically). */
    public Uni<List<BatchId>> settle() {
        return batches.settleEnded(clock.now());
    }

    /** A row's failure, named by the row: its variable when one is at fault. */
    private static Throwable inRow(int row, Throwable failure) {
        String where = "rows[" + row + "]";
        if (failure instanceof MissingVariableException missing) {
            String name = missing.missingVariables().get(0);
            return new InvalidValueException(where + "." + name, "row " + row + " has no value for {{" + name
                    + "}}, which the spec uses: add a column or variable '" + name + "'");
        }
        if (failure instanceof InvalidValueException invalid) {
            String field = invalid.field().startsWith("variables.") ? invalid.field().substring("variables.".length())
                    : invalid.field();
            return new InvalidValueException(where + "." + field, "row " + row + ": " + invalid.getMessage());
        }
        return failure;
    }
}
