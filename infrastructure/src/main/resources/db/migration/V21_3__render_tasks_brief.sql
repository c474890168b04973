-- Scene fan-out (issue 18, ADR 0024, "Tasks carry their inputs"): a task's brief in its own row. The job
-- that fans out serialized each task's brief (TaskBrief: the scene's plan with its inputs' store keys, the
-- presenter's drawn frames; for the soundtrack the narration's key and the length) into a file of the media
-- store, and the worker that took the task read it back: two requests to the store per task (6-20 ms each
-- to an S3 server on this machine) for a small record. Now the brief is written with the task's
-- insert and read by the statement that claims the task. Null only for a task queued by an earlier version
-- (it fails, and its render encodes the segment itself when it assembles).
ALTER TABLE render_tasks ADD COLUMN brief bytea;
