-- Users' pronunciation lists: a written word (lower case) and what the voice says instead; applied before synthesis.
CREATE TABLE pronunciations (
    user_id    uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    word       varchar(50)  NOT NULL,
    spoken     varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    PRIMARY KEY (user_id, word)
);
