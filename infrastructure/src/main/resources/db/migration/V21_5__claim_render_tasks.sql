-- Scene fan-out (issue 18, ADR 0024, "A run's finish rides on the next claim"): a worker finishes the runs
-- it made before and claims its next run in one round trip, where it sent a finish per run and a claim.
-- Each run given is finished exactly as finish_render_tasks (V21_4) finishes it - the job row locked first,
-- the tasks marked under the run's fencing token, a fresh snapshot to see whether any task of the video is
-- left - one video after another in the order of their ids (two workers finishing runs of the same videos
-- lock their job rows in one order); then the claim, the statement PostgresRenderTaskQueue.claim sent before,
-- unchanged, with its own snapshot (it sees the tasks just finished as done). The claim waits for no lock
-- (SKIP LOCKED); the job rows stay locked until the statement ends, a few milliseconds longer than before.
--
-- done_videos, done_tokens and done_artefacts are parallel: one entry per task made. Returns first one row
-- per run finished (its video, its token, and what finish_render_tasks returned: finished is not null) - no
-- row for a run none of whose tasks was still held under its token (stale: taken over after its lease ran
-- out, or withdrawn) - then the tasks claimed, as the claim statement returned them (finished is null).
CREATE FUNCTION claim_render_tasks(claimer varchar, lease_seconds double precision, up_to integer,
                                   done_videos uuid[], done_tokens bigint[], done_artefacts varchar[])
    RETURNS TABLE (video_id uuid, artefact varchar, kind varchar, frames integer, fencing_token bigint,
                   attempt integer, worker_id varchar, lease_until timestamptz, trace_context varchar,
                   brief bytea, spec text, home boolean,
                   finished integer, job_due boolean, frames_done bigint, frames_total bigint,
                   video_status varchar, composition_status text, progress_percent integer)
    LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    run record;
BEGIN
    FOR run IN
        SELECT d.video, d.token, array_agg(d.artefact) AS artefacts
          FROM unnest(done_videos, done_tokens, done_artefacts) AS d(video, token, artefact)
         GROUP BY d.video, d.token
         ORDER BY d.video, d.token
    LOOP
        RETURN QUERY
            SELECT run.video, cast(NULL AS varchar), cast(NULL AS varchar), cast(NULL AS integer), run.token,
                   cast(NULL AS integer), cast(NULL AS varchar), cast(NULL AS timestamptz), cast(NULL AS varchar),
                   cast(NULL AS bytea), cast(NULL AS text), cast(NULL AS boolean),
                   f.finished, f.job_due, f.frames_done, f.frames_total, f.video_status, f.composition_status,
                   f.progress_percent
              FROM finish_render_tasks(run.video, run.artefacts, run.token, 'done', NULL) f;
    END LOOP;
    RETURN QUERY
        WITH lead AS (
            SELECT t.video_id FROM render_tasks t
             WHERE (t.status = 'queued' AND t.available_at <= now())
                OR (t.status = 'running' AND t.lease_until < now())
             ORDER BY t.kind = 'soundtrack' AND EXISTS (SELECT 1 FROM render_jobs j
                          WHERE j.video_id = t.video_id AND j.home_worker = claimer) DESC,
                      t.created_at, t.frames DESC
             LIMIT 1
             FOR UPDATE OF t SKIP LOCKED),
        share AS (
            SELECT cast(least(up_to, ceil(count(*) FILTER (
                           WHERE (t.status = 'queued' AND t.available_at <= now())
                              OR (t.status = 'running' AND t.lease_until < now()))
                       / (2.0 * (SELECT count(DISTINCT w) FROM (
                                     SELECT coalesce(u.worker_id, u.done_by) AS w FROM render_tasks u
                                      WHERE u.video_id = (SELECT l.video_id FROM lead l)
                                     UNION SELECT claimer) seen WHERE w IS NOT NULL))))
                       AS integer) AS size
              FROM render_tasks t WHERE t.video_id = (SELECT l.video_id FROM lead l)),
        picked AS (
            SELECT t.video_id, t.artefact FROM render_tasks t
             WHERE t.video_id = (SELECT l.video_id FROM lead l)
               AND ((t.status = 'queued' AND t.available_at <= now())
                    OR (t.status = 'running' AND t.lease_until < now()))
             ORDER BY t.kind = 'soundtrack' AND EXISTS (SELECT 1 FROM render_jobs j
                          WHERE j.video_id = t.video_id AND j.home_worker = claimer) DESC,
                      t.frames DESC, t.artefact
             LIMIT (SELECT s.size FROM share s)
             FOR UPDATE OF t SKIP LOCKED),
        token AS (SELECT nextval('render_fencing_tokens') AS token),
        claimed AS (
            UPDATE render_tasks t SET status = 'running', worker_id = claimer,
                   lease_until = now() + make_interval(secs => lease_seconds),
                   fencing_token = (SELECT k.token FROM token k), attempt = t.attempt + 1
              FROM picked p WHERE t.video_id = p.video_id AND t.artefact = p.artefact
            RETURNING t.video_id, t.artefact, t.kind, t.frames, t.fencing_token, t.attempt, t.worker_id,
                      t.lease_until, t.trace_context, t.brief)
        SELECT c.video_id, c.artefact, c.kind, c.frames, c.fencing_token, c.attempt, c.worker_id, c.lease_until,
               c.trace_context, c.brief,
               CASE WHEN v.status = 'PROCESSING' THEN cast(v.spec AS text) END,
               EXISTS (SELECT 1 FROM render_jobs j WHERE j.video_id = c.video_id AND j.home_worker = claimer),
               cast(NULL AS integer), cast(NULL AS boolean), cast(NULL AS bigint), cast(NULL AS bigint),
               cast(NULL AS varchar), cast(NULL AS text), cast(NULL AS integer)
          FROM claimed c LEFT JOIN videos v ON v.id = c.video_id
         ORDER BY c.kind = 'soundtrack' DESC, c.frames DESC, c.artefact;
END
$$;
