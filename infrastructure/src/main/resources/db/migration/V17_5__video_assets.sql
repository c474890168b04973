-- Uploads may be video clips too (a scene's moving background).
ALTER TABLE assets DROP CONSTRAINT assets_kind_check;
ALTER TABLE assets ADD CONSTRAINT assets_kind_check
    CHECK (kind IN ('PNG', 'JPEG', 'WEBP', 'WAV', 'MP3', 'MP4', 'WEBM', 'MOV'));
