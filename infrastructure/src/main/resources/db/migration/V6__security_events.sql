-- The audit trail of security events (sign-ins, lockouts, token refresh and reuse, role changes,
-- refused access). Append-only: the service has no code path that updates or deletes a row, and
-- the triggers below refuse UPDATE, DELETE and TRUNCATE from anyone, the service's own user
-- included. Retiring old rows is an operator's deliberate act (disable the trigger, or move
-- the table aside), never something a request can do.
CREATE TABLE security_events (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    type           varchar(40)  NOT NULL,
    -- the account concerned; no foreign key, so the trail outlives a deleted account
    user_id        uuid,
    -- who acted or was acted on, as an operator reads it (an email)
    subject        varchar(254),
    -- the admin who acted, for admin actions
    actor_id       uuid,
    client_address varchar(128) NOT NULL,
    request_id     varchar(128) NOT NULL,
    detail         varchar(500) NOT NULL
);
CREATE INDEX security_events_occurred ON security_events (occurred_at DESC, id DESC);
CREATE INDEX security_events_user ON security_events (user_id, occurred_at DESC, id DESC);
CREATE INDEX security_events_type ON security_events (type, occurred_at DESC, id DESC);

CREATE FUNCTION security_events_are_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'security_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER security_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON security_events
    FOR EACH ROW EXECUTE FUNCTION security_events_are_append_only();

CREATE TRIGGER security_events_no_truncate
    BEFORE TRUNCATE ON security_events
    FOR EACH STATEMENT EXECUTE FUNCTION security_events_are_append_only();
