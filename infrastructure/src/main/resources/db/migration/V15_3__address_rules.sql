-- Admins' allow and deny rules for client networks: for every request (user_id null) or for where
-- one account may sign in from. Expired rules stay until removed but count for nothing.
CREATE TABLE address_rules (
    id         uuid PRIMARY KEY,
    cidr       varchar(64) NOT NULL,
    action     varchar(8)  NOT NULL CHECK (action IN ('allow', 'deny')),
    user_id    uuid REFERENCES users (id) ON DELETE CASCADE,
    expires_at timestamptz,
    note       varchar(200),
    created_at timestamptz NOT NULL
);
