-- Each user's webhook signing secret, AES-256-GCM encrypted by the service (key outside the
-- database: videogen.webhooks.secret-key or <data-dir>/keys/webhook-secrets.key), bound to its user.
CREATE TABLE webhook_secrets (
    user_id    uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret     text        NOT NULL,
    created_at timestamptz NOT NULL
);
