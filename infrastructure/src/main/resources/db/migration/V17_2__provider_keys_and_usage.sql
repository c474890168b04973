-- Users' own provider API keys, encrypted with the secret cipher (AES-256-GCM, bound to user and provider).
CREATE TABLE provider_keys (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider   varchar(64) NOT NULL,
    api_key    text        NOT NULL,
    last4      varchar(4)  NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, provider)
);

-- What each user used of the providers per calendar month (UTC), for GET /api/v1/me/usage and quotas.
CREATE TABLE provider_usage (
    user_id           uuid       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    period            varchar(7) NOT NULL,
    chat_tokens       bigint     NOT NULL DEFAULT 0,
    speech_characters bigint     NOT NULL DEFAULT 0,
    images            bigint     NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, period)
);
