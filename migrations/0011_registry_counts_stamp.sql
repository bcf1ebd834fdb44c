-- The registry list counts the repeated data requests of each process's counted variant (R.40)
-- from the variant's model and the active data objects, and remembers the counts and the data
-- objects per registry stamp (issue 7). A variant row is never changed by the app (a change is a
-- new revision, a new row, and so a new id in the cache); these triggers move the stamp whenever
-- what a remembered count was made of changes: any write of the data objects, and a variant row
-- changed or removed by other means. Data objects are edited rarely, so the searches remembered
-- under the same stamp are rarely dropped for them. No writer takes a registry lock after these
-- statements, so the counter's row lock keeps the order described in 0010.
CREATE TRIGGER registry_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON data_objects
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE TRIGGER registry_generation_bump AFTER UPDATE OR DELETE OR TRUNCATE ON process_variants
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
