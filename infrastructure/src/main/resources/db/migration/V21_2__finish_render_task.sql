-- Scene fan-out (issue 18, ADR 0024, "Round trips per task"): a task's finish in one round trip.
-- Before, a worker sent BEGIN, the lock of the job row, the task's update, the job's update, the count
-- of frames and COMMIT, then read the video again to report progress. This function does the same
-- steps in the same order, called as one autocommit statement. It cannot be a single SQL statement:
-- one statement has one snapshot, taken before the job row's lock was had, so it could miss a task
-- that another worker finished while this one waited for the lock, and then neither would make the
-- job due. A PL/pgSQL function (VOLATILE) takes a fresh snapshot for every statement in it: the check
-- for unfinished tasks after the lock sees every finish committed before the lock was granted.
--
-- Returns no row when the task is not held under that token (taken over, withdrawn): the caller's
-- stale claim. Otherwise one row: whether this finish made the waiting job due, the frames of the
-- video's segment tasks done so far and in all, and the video's status, its composition stage's status
-- and its stored progress (for the progress event, so the video is not read again).
CREATE FUNCTION finish_render_task(task_video uuid, task_artefact varchar, task_token bigint,
                                   outcome varchar, failure text)
    RETURNS TABLE (job_due boolean, frames_done bigint, frames_total bigint, video_status varchar, composition_status text,
                   progress_percent integer)
    LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    made_due integer;
BEGIN
    -- the job row first, as a job parking at the same moment takes it (PostgresRenderJobQueue.awaitTasks)
    PERFORM 1 FROM render_jobs j WHERE j.video_id = task_video FOR NO KEY UPDATE;
    UPDATE render_tasks t
       SET status = outcome,
           done_by = CASE WHEN outcome = 'done' THEN t.worker_id ELSE t.done_by END,
           worker_id = NULL, lease_until = NULL, finished_at = now(),
           last_error = CASE WHEN failure IS NULL THEN t.last_error ELSE cast(failure AS jsonb) END
     WHERE t.video_id = task_video AND t.artefact = task_artefact AND t.fencing_token = task_token
       AND t.status = 'running';
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- a fresh snapshot: every task finished by a worker that held the job row's lock before us is seen
    UPDATE render_jobs j SET status = 'queued', available_at = now()
     WHERE j.video_id = task_video AND j.status = 'waiting'
       AND NOT EXISTS (SELECT 1 FROM render_tasks t
                        WHERE t.video_id = task_video AND t.status IN ('queued', 'running'));
    GET DIAGNOSTICS made_due = ROW_COUNT;
    RETURN QUERY
        SELECT made_due > 0, f.done, f.total, cast(v.status AS varchar),
               (SELECT r ->> 'status' FROM jsonb_array_elements(v.stages -> 'runs') r
                 WHERE r ->> 'stage' = 'COMPOSITION'),
               cast(v.progress ->> 'percent' AS integer)
          FROM (SELECT cast(coalesce(sum(t.frames) FILTER (WHERE t.status = 'done'), 0) AS bigint) AS done,
                       cast(coalesce(sum(t.frames), 0) AS bigint) AS total
                  FROM render_tasks t WHERE t.video_id = task_video AND t.kind = 'segment') f
          LEFT JOIN videos v ON v.id = task_video;
END
$$;
