-- Batches (issue 17): many videos from one spec and rows of variables. A batch stores only which
-- video each row made; its counts are read from the videos, so they cannot drift from them.
CREATE TABLE batches (
    id           uuid          PRIMARY KEY,
    owner_id     uuid          NOT NULL,
    status       varchar(16)   NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')),
    callback_url varchar(2000),
    created_at   timestamptz   NOT NULL,
    -- when every video had ended and batch.completed was written; null while any is queued or rendering
    ended_at     timestamptz
);
CREATE INDEX batches_owner_created ON batches (owner_id, created_at DESC);
CREATE INDEX batches_created ON batches (created_at DESC);
-- settleEnded(): the batches still waiting for their videos
CREATE INDEX batches_open ON batches (created_at) WHERE ended_at IS NULL;

-- No foreign key to videos: a deleted video counts as cancelled and the batch keeps its row.
CREATE TABLE batch_videos (
    batch_id  uuid    NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    row_index integer NOT NULL CHECK (row_index >= 0),
    video_id  uuid    NOT NULL,
    PRIMARY KEY (batch_id, row_index)
);

-- The webhook outbox carries the batch's event too (its video_id column holds the batch's id).
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_event_type_check;
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_event_type_check
    CHECK (event_type IN ('video.completed', 'video.failed', 'video.cancelled', 'batch.completed'));

-- The queue's fair claim (ADR 0015) counts each owner's running jobs: reach them by status quickly.
CREATE INDEX render_jobs_running ON render_jobs (video_id) WHERE status = 'running';
