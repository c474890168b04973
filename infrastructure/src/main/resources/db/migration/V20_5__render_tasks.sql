-- Scene fan-out (issue 18, ADR 0024): a long video's segments and soundtrack are child tasks of its
-- render job, held by any worker under the same lease, heartbeat and fencing token as a job. The
-- video's own job waits ('waiting', claimed by no one) until its last task is done, then is due again
-- and assembles. No foreign key to render_jobs: a task row outlives nothing, a cancel deletes both.
ALTER TABLE render_jobs DROP CONSTRAINT render_jobs_status_check;
ALTER TABLE render_jobs ADD CONSTRAINT render_jobs_status_check
    CHECK (status IN ('queued', 'running', 'waiting', 'dead'));

CREATE TABLE render_tasks (
    video_id      uuid         NOT NULL,
    -- the artefact the task makes, content-addressed (ArtefactKeys): the same segment is one task
    artefact      varchar(128) NOT NULL,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('segment', 'soundtrack')),
    scene_index   integer      NOT NULL,
    frames        integer      NOT NULL CHECK (frames >= 0),
    status        varchar(8)   NOT NULL CHECK (status IN ('queued', 'running', 'done', 'dead')),
    attempt       integer      NOT NULL DEFAULT 0,
    -- from render_fencing_tokens, as jobs' tokens: a worker that lost its task cannot complete it
    fencing_token bigint       NOT NULL,
    worker_id     varchar(200),
    lease_until   timestamptz,
    available_at  timestamptz  NOT NULL DEFAULT now(),
    last_error    jsonb,
    trace_context varchar(512),
    -- who finished it, for operators and for the fan-out tests ("claimed by at least two workers")
    done_by       varchar(200),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    PRIMARY KEY (video_id, artefact)
);
-- claimTask(): due queued tasks and expired running ones
CREATE INDEX render_tasks_claimable ON render_tasks (status, available_at) WHERE status IN ('queued', 'running');

-- A job that fanned out parks itself: its attempt ends as 'waiting' (not counted, as a release is not).
ALTER TABLE render_attempts DROP CONSTRAINT render_attempts_outcome_check;
ALTER TABLE render_attempts ADD CONSTRAINT render_attempts_outcome_check
    CHECK (outcome IN ('completed', 'retry', 'dead', 'released', 'withdrawn', 'waiting'));
