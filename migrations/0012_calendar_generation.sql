CREATE TABLE "calendar_generation" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "calendar_generation_one_row" CHECK ("calendar_generation"."id" = 1)
);
--> statement-breakpoint
-- The working-day calendar is read for nearly every page (deadlines, the days of a plan-schedule,
-- monitoring periods) and changes a few times a year; a process keeps the calendar it built under
-- the stamp it read first (issue 7). Every statement that writes calendar_days moves the stamp on
-- in its own transaction, so the new stamp becomes visible exactly when the write does.
-- Statement-level: seeding seven years bumps once. Only calendar edits lock this row, and they
-- append their audit event after the write, as every writer does with registry_generation (0010).
CREATE FUNCTION calendar_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE calendar_generation SET generation = generation + 1, stamp = gen_random_uuid() WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER calendar_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_generation_bump();
--> statement-breakpoint
INSERT INTO calendar_generation (id) VALUES (1);
