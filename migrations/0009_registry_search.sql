-- The registry's text search (issue 7): a trigram index over the processes' search text, and a
-- projection of the maps' cases so the registry names linked cases without unpacking documents.
--
-- pg_trgm builds trigrams only of the letters the database's locale calls alphanumeric; PGlite
-- runs in the C locale, where a Cyrillic letter is none, so `search_text` itself would give no
-- trigrams at all. `registry_search_key` spells each Cyrillic letter of the normalised (lower-case,
-- ё = е) text as one ASCII letter or digit, keeping every other character — and so every LIKE
-- wildcard and escape — in place: whenever `search_text LIKE p`, also
-- `registry_search_key(search_text) LIKE registry_search_key(p)`. The key is a filter for the
-- index only (several letters share a spelling); the search still matches `search_text` itself.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE FUNCTION registry_search_key(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN translate(t, 'абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі', 'abvgdejziyklmnoprstufhcqwx1234567890ouuhi');
--> statement-breakpoint
CREATE TABLE "map_version_cases" (
	"version_id" uuid NOT NULL,
	"sector_ord" integer NOT NULL,
	"case_ord" integer NOT NULL,
	"map_id" uuid NOT NULL,
	"case_id" text,
	"name" jsonb,
	"processes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "map_version_cases_version_id_sector_ord_case_ord_pk" PRIMARY KEY("version_id","sector_ord","case_ord")
);
--> statement-breakpoint
ALTER TABLE "business_processes" ADD COLUMN "search_key" text GENERATED ALWAYS AS (registry_search_key(search_text)) STORED;--> statement-breakpoint
ALTER TABLE "map_version_cases" ADD CONSTRAINT "map_version_cases_version_id_map_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."map_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_version_cases" ADD CONSTRAINT "map_version_cases_map_id_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."maps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "map_version_cases_map_case_idx" ON "map_version_cases" USING btree ("map_id","case_id");--> statement-breakpoint
CREATE INDEX "business_processes_search_key_trgm_idx" ON "business_processes" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
-- The cases of one document, in its order, each with its business process items as {id, name}.
-- Anything that is not an array where the form has one counts as empty rather than failing the
-- write of the version.
CREATE FUNCTION map_version_cases_of(doc jsonb)
  RETURNS TABLE (sector_ord integer, case_ord integer, case_id text, name jsonb, processes jsonb)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT sx.si::int, cx.ci::int, cx.c->>'id', cx.c->'name',
    (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', px.p->'id', 'name', px.p->'name') ORDER BY px.pi), '[]'::jsonb)
     FROM jsonb_array_elements(CASE WHEN jsonb_typeof(cx.c->'processes') = 'array' THEN cx.c->'processes' ELSE '[]'::jsonb END)
       WITH ORDINALITY AS px(p, pi))
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc->'sectors') = 'array' THEN doc->'sectors' ELSE '[]'::jsonb END)
    WITH ORDINALITY AS sx(s, si)
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(sx.s->'cases') = 'array' THEN sx.s->'cases' ELSE '[]'::jsonb END)
    WITH ORDINALITY AS cx(c, ci)
$$;
--> statement-breakpoint
-- Refreshed in the transaction of every write of a version's content. A save that leaves the
-- sectors alone costs one comparison; otherwise only the cases whose name, items or position
-- changed are written.
CREATE FUNCTION map_version_cases_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.map_id = OLD.map_id
     AND NEW.content->'sectors' IS NOT DISTINCT FROM OLD.content->'sectors' THEN
    RETURN NULL;
  END IF;
  WITH fresh AS (SELECT * FROM map_version_cases_of(NEW.content)),
  gone AS (
    DELETE FROM map_version_cases t
    WHERE t.version_id = NEW.id
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.sector_ord = t.sector_ord AND f.case_ord = t.case_ord))
  INSERT INTO map_version_cases AS t (version_id, sector_ord, case_ord, map_id, case_id, name, processes)
  SELECT NEW.id, f.sector_ord, f.case_ord, NEW.map_id, f.case_id, f.name, f.processes FROM fresh f
  ON CONFLICT (version_id, sector_ord, case_ord) DO UPDATE
    SET map_id = EXCLUDED.map_id, case_id = EXCLUDED.case_id, name = EXCLUDED.name, processes = EXCLUDED.processes
    WHERE (t.map_id, t.case_id, t.name, t.processes)
      IS DISTINCT FROM (EXCLUDED.map_id, EXCLUDED.case_id, EXCLUDED.name, EXCLUDED.processes);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER map_version_cases_refresh AFTER INSERT OR UPDATE OF content, map_id ON map_versions
  FOR EACH ROW EXECUTE FUNCTION map_version_cases_refresh();
--> statement-breakpoint
INSERT INTO map_version_cases (version_id, sector_ord, case_ord, map_id, case_id, name, processes)
  SELECT v.id, c.sector_ord, c.case_ord, v.map_id, c.case_id, c.name, c.processes
  FROM map_versions v CROSS JOIN LATERAL map_version_cases_of(v.content) c;
