-- Idempotency-Key of POST /videos, per user. video_id is set in the transaction that creates the
-- video, so one key can never make two videos; response_body is the first response, replayed.
CREATE TABLE idempotency_keys (
    user_id         uuid         NOT NULL,
    idem_key        varchar(255) NOT NULL,
    fingerprint     varchar(64)  NOT NULL,
    video_id        uuid,
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
