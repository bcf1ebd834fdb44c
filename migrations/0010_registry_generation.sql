CREATE TABLE "registry_generation" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "registry_generation_one_row" CHECK ("registry_generation"."id" = 1)
);
--> statement-breakpoint
-- The registry remembers the ordered result of a search per generation (issue 7). Every statement
-- that writes the rows a search matches or orders by — the processes themselves, and the
-- organisations, whose names order the list by organisation — moves the generation on in its own
-- transaction, so the new stamp becomes visible exactly when the write does. Statement-level: a
-- bulk load bumps once per statement, not once per row. The row lock on the counter is taken after
-- the written rows' own locks and before the audit chain's advisory lock (the audit event is
-- appended after the write), the order every writer already follows.
CREATE FUNCTION registry_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE registry_generation SET generation = generation + 1, stamp = gen_random_uuid() WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER registry_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business_processes
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
-- Of an organisation, only the name orders the list (and the id is what processes point to); its
-- other columns are read with the page's rows, fresh on every request.
CREATE TRIGGER registry_generation_bump AFTER INSERT OR UPDATE OF id, name OR DELETE OR TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
INSERT INTO registry_generation (id) VALUES (1);
