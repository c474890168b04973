-- Fencing tokens come from one sequence instead of counting per row: a job whose row was deleted
-- (its video cancelled) and enqueued again must never hand out a token that a worker still busy
-- with the old run holds, or that worker's late writes would pass the fence.
CREATE SEQUENCE render_fencing_tokens;
SELECT setval('render_fencing_tokens', greatest((SELECT max(fencing_token) FROM render_jobs), 0) + 1, false);

-- Every claim of a render job and how it ended: who rendered which video when. For operators
-- ("which worker had this video?") and for the crash tests ("was any video rendered twice?").
CREATE TABLE render_attempts (
    video_id      uuid         NOT NULL,
    fencing_token bigint       NOT NULL,
    attempt       integer      NOT NULL,
    worker_id     varchar(200) NOT NULL,
    claimed_at    timestamptz  NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    -- null while running, or when the worker died or lost its lease before it could say
    outcome       varchar(10)  CHECK (outcome IN ('completed', 'retry', 'dead', 'released', 'withdrawn')),
    PRIMARY KEY (video_id, fencing_token)
);
CREATE INDEX render_attempts_claimed ON render_attempts (claimed_at);
