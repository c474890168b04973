-- Scene fan-out (issue 18, ADR 0024): the worker that fanned a render out keeps the stages before
-- composition in its own workspace. When the job is due again to assemble, that worker may claim it
-- first, for videogen.queue.home-worker-grace; only then may any worker (which would have to make
-- those stages again in an empty workspace, as after a crash). Cleared by every claim.
ALTER TABLE render_jobs ADD COLUMN home_worker varchar(200);
