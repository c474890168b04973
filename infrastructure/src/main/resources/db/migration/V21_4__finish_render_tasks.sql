-- Scene fan-out (issue 18, ADR 0024, "Round trips per task"): a worker claims a run of one video's tasks
-- in one statement (one fencing token for the run, one lease), makes them one after another, and finishes
-- those it made in one round trip. This function replaces finish_render_task (V21_2) by one that finishes
-- several tasks of a video under the same token at once, in the same steps and with the same guarantee:
-- the job row locked first (as a job parking at the same moment locks it, PostgresRenderJobQueue.awaitTasks),
-- then the tasks marked, then - a fresh snapshot, since every statement of a VOLATILE PL/pgSQL function takes
-- one - the waiting job made due when no task of the video is left unfinished. A single SQL statement would
-- read with the snapshot taken before the lock was granted, and two runs finishing at the same moment could
-- each see the other's tasks unfinished and neither make the job due.
--
-- Returns no row when none of the tasks is held under that token (taken over, withdrawn): the caller's stale
-- claim. A task of the run that is no longer held (taken over after the lease ran out) is left as it is; the
-- others are finished. Otherwise one row: how many were finished, whether this finish made the waiting job
-- due, the frames of the video's segment tasks done so far and in all, and the video's status, its
-- composition stage's status and its stored progress (for the progress event, so the video is not read again).
DROP FUNCTION finish_render_task(uuid, varchar, bigint, varchar, text);

CREATE FUNCTION finish_render_tasks(task_video uuid, task_artefacts varchar[], task_token bigint,
                                    outcome varchar, failure text)
    RETURNS TABLE (finished integer, job_due boolean, frames_done bigint, frames_total bigint, video_status varchar,
                   composition_status text, progress_percent integer)
    LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    marked integer;
    made_due integer;
BEGIN
    PERFORM 1 FROM render_jobs j WHERE j.video_id = task_video FOR NO KEY UPDATE;
    UPDATE render_tasks t
       SET status = outcome,
           done_by = CASE WHEN outcome = 'done' THEN t.worker_id ELSE t.done_by END,
           worker_id = NULL, lease_until = NULL, finished_at = now(),
           last_error = CASE WHEN failure IS NULL THEN t.last_error ELSE cast(failure AS jsonb) END
     WHERE t.video_id = task_video AND t.artefact = ANY (task_artefacts) AND t.fencing_token = task_token
       AND t.status = 'running';
    GET DIAGNOSTICS marked = ROW_COUNT;
    IF marked = 0 THEN
        RETURN;
    END IF;
    -- a fresh snapshot: every task finished by a worker that held the job row's lock before us is seen
    UPDATE render_jobs j SET status = 'queued', available_at = now()
     WHERE j.video_id = task_video AND j.status = 'waiting'
       AND NOT EXISTS (SELECT 1 FROM render_tasks t
                        WHERE t.video_id = task_video AND t.status IN ('queued', 'running'));
    GET DIAGNOSTICS made_due = ROW_COUNT;
    RETURN QUERY
        SELECT marked, made_due > 0, f.done, f.total, cast(v.status AS varchar),
               (SELECT r ->> 'status' FROM jsonb_array_elements(v.stages -> 'runs') r
                 WHERE r ->> 'stage' = 'COMPOSITION'),
               cast(v.progress ->> 'percent' AS integer)
          FROM (SELECT cast(coalesce(sum(t.frames) FILTER (WHERE t.status = 'done'), 0) AS bigint) AS done,
                       cast(coalesce(sum(t.frames), 0) AS bigint) AS total
                  FROM render_tasks t WHERE t.video_id = task_video AND t.kind = 'segment') f
          LEFT JOIN videos v ON v.id = task_video;
END
$$;
