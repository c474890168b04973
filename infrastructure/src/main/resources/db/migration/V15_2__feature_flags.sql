-- Runtime feature flags as admins set them; a flag with no row keeps its configured default
-- (videogen.features.<name>). Every instance reads this table about once a second.
CREATE TABLE feature_flags (
    name       varchar(64) PRIMARY KEY,
    enabled    boolean     NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by uuid
);
