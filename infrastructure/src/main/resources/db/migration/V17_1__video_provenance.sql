-- Who made each scene's voice and picture in a video's newest render (GET /api/v1/videos/{id} provenance).
CREATE TABLE video_provenance (
    video_id   uuid PRIMARY KEY REFERENCES videos (id) ON DELETE CASCADE,
    scenes     jsonb       NOT NULL,
    updated_at timestamptz NOT NULL
);
