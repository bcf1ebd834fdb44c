-- Custom SQL migration file, put your code below! --
-- Audit events are append-only: no UPDATE, no DELETE, no TRUNCATE.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
-- The hash chain: each event's hash covers the previous hash and the event's own fields.
-- Computed here so no writer can skip it; the advisory lock keeps the chain linear.
CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_events) RETURNS text AS $$
  SELECT encode(sha256(convert_to(
    prev || '|' || e.seq::text || '|' || to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' ||
    coalesce(e.actor_id::text, '') || '|' || coalesce(e.org_id::text, '') || '|' || e.subject_type || '|' ||
    e.subject_id || '|' || e.type || '|' || e.data::text, 'UTF8')), 'hex');
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger AS $$
DECLARE last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(727001);
  SELECT hash INTO last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, 'genesis');
  NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
