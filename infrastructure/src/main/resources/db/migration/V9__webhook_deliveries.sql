-- The webhook outbox (docs/adr/0008). A row is written in the transaction that takes a video with a
-- callback URL to a final state, so a webhook exists exactly when that change committed. body is
-- the JSON that is POSTed, fixed when the event happened; senders in any process claim due rows
-- with FOR UPDATE SKIP LOCKED. No foreign key to videos: a webhook still goes out, and its log
-- stays, after its video was deleted.
CREATE TABLE webhook_deliveries (
    event_id           uuid          PRIMARY KEY,
    video_id           uuid          NOT NULL,
    owner_id           uuid          NOT NULL,
    event_type         varchar(32)   NOT NULL
        CHECK (event_type IN ('video.completed', 'video.failed', 'video.cancelled')),
    url                varchar(2000) NOT NULL,
    body               text          NOT NULL,
    status             varchar(16)   NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts           integer       NOT NULL DEFAULT 0,
    -- pending: when the next attempt is due; while an attempt is out, when its lease runs out
    next_attempt_at    timestamptz,
    -- the lease of the attempt in flight; a sender that lost it cannot record its result
    claim_id           uuid,
    last_attempt_at    timestamptz,
    last_response_code integer,
    last_error         varchar(500),
    created_at         timestamptz   NOT NULL,
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);
-- claimDue(): pending rows by due time
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
-- the log on the video resource: a video's newest delivery
CREATE INDEX webhook_deliveries_video ON webhook_deliveries (video_id, created_at DESC);
