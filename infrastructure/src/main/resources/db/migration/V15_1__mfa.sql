-- Second factors (TOTP, RFC 6238). The secret is AES-GCM encrypted with the key of
-- videogen.webhooks.secret-key; last_step is the newest 30-second step a code was accepted for, so a
-- code works once. Recovery codes and the mfaTokens of pending sign-ins are kept as SHA-256 hashes.
CREATE TABLE mfa_enrolments (
    user_id      uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    confirmed_at timestamptz,
    last_step    bigint      NOT NULL DEFAULT 0
);
CREATE TABLE mfa_recovery_codes (
    user_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash varchar(64) NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE mfa_challenges (
    token_hash varchar(64) PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX mfa_challenges_expiry ON mfa_challenges (expires_at);
