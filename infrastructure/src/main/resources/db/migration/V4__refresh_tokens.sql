-- Refresh tokens, kept only as SHA-256 hashes. A family is every token issued from one sign-in;
-- presenting a spent token revokes the whole family.
CREATE TABLE refresh_tokens (
    token_hash varchar(64) PRIMARY KEY,
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);
