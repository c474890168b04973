-- What the video resource shows of a video changed (issue 16, ADR 0054): every insert, update and delete of
-- a videos row, of one of its webhook deliveries or of its provenance notifies channel videogen_video_rows
-- with the video's id, when the transaction commits. Each API process keeps its single reads of a video in
-- memory until such a notification (KeptVideoReads, VideoReadCache); triggers rather than the code that
-- writes, so no writer is missed: Hibernate, a SQL function, another instance, an operator's psql.
-- PostgreSQL folds the same id notified twice in one transaction into one notification.
CREATE FUNCTION notify_video_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_TABLE_NAME = 'videos' THEN
        PERFORM pg_notify('videogen_video_rows', changed.id::text);
    ELSE
        PERFORM pg_notify('videogen_video_rows', changed.video_id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER videos_notify_changed AFTER INSERT OR UPDATE OR DELETE ON videos
    FOR EACH ROW EXECUTE FUNCTION notify_video_row_changed();
CREATE TRIGGER webhook_deliveries_notify_changed AFTER INSERT OR UPDATE OR DELETE ON webhook_deliveries
    FOR EACH ROW EXECUTE FUNCTION notify_video_row_changed();
CREATE TRIGGER video_provenance_notify_changed AFTER INSERT OR UPDATE OR DELETE ON video_provenance
    FOR EACH ROW EXECUTE FUNCTION notify_video_row_changed();
