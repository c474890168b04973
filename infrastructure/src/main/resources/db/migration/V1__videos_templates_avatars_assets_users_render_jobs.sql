-- The first schema. Aggregates keep their nested value objects in jsonb documents written by the
-- persistence package's mapping records; the columns queries filter or sort on are real columns.

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    -- the domain normalises emails (trimmed, lower case); the check keeps any other writer honest
    email         varchar(254) NOT NULL CHECK (email = lower(btrim(email))),
    display_name  varchar(100) NOT NULL,
    password_hash text         NOT NULL,
    roles         varchar(64)  NOT NULL,
    locked_until  timestamptz,
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT users_email_unique UNIQUE (email)
);

CREATE TABLE videos (
    id          uuid PRIMARY KEY,
    owner_id    uuid         NOT NULL,
    title       varchar(200) NOT NULL,
    status      varchar(16)  NOT NULL
        CHECK (status IN ('DRAFT', 'QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    spec        jsonb        NOT NULL,
    stages      jsonb        NOT NULL,
    progress    jsonb,
    failure     jsonb,
    duration_ms bigint,
    attempt     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
-- listVisible: one owner's videos newest first, optionally of one status; admins list everyone's
CREATE INDEX videos_owner_created ON videos (owner_id, created_at DESC);
CREATE INDEX videos_owner_status_created ON videos (owner_id, status, created_at DESC);
CREATE INDEX videos_status_created ON videos (status, created_at DESC);
CREATE INDEX videos_created ON videos (created_at DESC);

CREATE TABLE templates (
    id         uuid PRIMARY KEY,
    owner_id   uuid         NOT NULL,
    name       varchar(100) NOT NULL,
    design     jsonb        NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0
);
CREATE INDEX templates_owner_created ON templates (owner_id, created_at DESC);

CREATE TABLE avatars (
    id            uuid PRIMARY KEY,
    owner_id      uuid         NOT NULL,
    name          varchar(100) NOT NULL,
    look          jsonb        NOT NULL,
    default_voice jsonb        NOT NULL,
    placement     jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX avatars_owner_created ON avatars (owner_id, created_at DESC);

CREATE TABLE assets (
    id          uuid PRIMARY KEY,
    owner_id    uuid         NOT NULL,
    file_name   varchar(255) NOT NULL,
    kind        varchar(8)   NOT NULL CHECK (kind IN ('PNG', 'JPEG', 'WEBP', 'WAV', 'MP3')),
    size_bytes  bigint       NOT NULL CHECK (size_bytes > 0),
    sha256      varchar(64)  NOT NULL,
    width       integer,
    height      integer,
    duration_ms bigint,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX assets_owner_created ON assets (owner_id, created_at DESC);

-- The durable render queue: one job per video at most. No foreign key to videos, so a video can be
-- deleted without first withdrawing its job inside the same statement order; withdraw() cleans up.
CREATE TABLE render_jobs (
    video_id      uuid PRIMARY KEY,
    status        varchar(8)  NOT NULL CHECK (status IN ('queued', 'running', 'dead')),
    attempt       integer     NOT NULL DEFAULT 0,
    -- grows with every claim; writes carrying an older token come from a worker that lost its lease
    fencing_token bigint      NOT NULL DEFAULT 0,
    worker_id     varchar(200),
    lease_until   timestamptz,
    available_at  timestamptz NOT NULL DEFAULT now(),
    last_error    jsonb,
    trace_context varchar(512),
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- claim(): due queued jobs and expired running ones, oldest first
CREATE INDEX render_jobs_claimable ON render_jobs (status, available_at);
CREATE INDEX render_jobs_lease ON render_jobs (lease_until) WHERE status = 'running';
