CREATE TABLE "login_throttle" (
	"login" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
-- The chain's order is the order of `seq`, so `seq` must be drawn under the chain's lock: the
-- identity default is drawn before the trigger runs, and two transactions waiting for the lock
-- could otherwise link their events in the opposite order of their numbers (found by the
-- concurrency test on PostgreSQL server; PGlite has one connection and never interleaves).
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger AS $$
DECLARE last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(727001);
  NEW.seq := nextval(pg_get_serial_sequence('audit_events', 'seq'));
  SELECT hash INTO last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, 'genesis');
  NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
