-- The registry list names the public services, information systems and legal acts a process
-- refers to from the whole reference tables, remembered per registry stamp (issue 7): resolving
-- them in the page statement was ≈40 % of its cost. Every write of these tables now moves the
-- stamp, as the data objects' do (0011); they are edited rarely. No writer takes a registry lock
-- after writing them, so the counter's row lock keeps the order described in 0010.
CREATE TRIGGER registry_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public_services
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE TRIGGER registry_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON information_systems
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE TRIGGER registry_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON legal_acts
  FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
-- The page (0013) with each process's lists of referenced ids as stored; the app names them. A new
-- name, so that an app of the previous version (during a rolling deploy) still finds its own.
CREATE FUNCTION registry_list_page_v2(page_ids uuid[], reader_org uuid, own_statuses text[], other_statuses text[])
RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT coalesce(json_agg(json_build_object(
      'id', p.id,
      'org', json_build_object('id', o.id, 'code', o.code, 'name', o.name),
      'name', p.name,
      'status', p.status,
      'caseLinks', (
        SELECT coalesce(json_agg(json_build_object(
          'link', l.link,
          'caseName', cn.name,
          'itemName', (
            SELECT e.item->'name' FROM jsonb_array_elements(cn.processes) WITH ORDINALITY AS e(item, ord)
            WHERE l.link->>'processItemId' <> '' AND e.item->>'id' = l.link->>'processItemId'
            ORDER BY e.ord LIMIT 1)
        ) ORDER BY l.ord), '[]')
        FROM jsonb_array_elements(p.case_links) WITH ORDINALITY AS l(link, ord)
        LEFT JOIN LATERAL (
          SELECT c.name, c.processes
          FROM map_version_cases c
          JOIN map_versions v ON v.id = c.version_id
          JOIN maps m ON m.id = c.map_id
          WHERE c.map_id = (l.link->>'mapId')::uuid AND c.case_id = l.link->>'caseId'
            AND CASE WHEN m.org_id = reader_org THEN v.status = ANY(own_statuses)
                     ELSE v.status = ANY(other_statuses) END
          ORDER BY v.number DESC, c.sector_ord, c.case_ord
          LIMIT 1) cn ON true),
      'publicServiceIds', p.public_service_ids,
      'informationSystemIds', p.information_system_ids,
      'legalActIds', p.legal_act_ids,
      'roles', p.roles,
      'steps', p.steps,
      'dataNames', p.data_names,
      'variants', (
        SELECT coalesce(json_agg(json_build_object(
          'id', h.id, 'kind', h.kind, 'revision', h.revision, 'createdAt', h.created_at) ORDER BY h.kind), '[]')
        FROM (SELECT DISTINCT ON (pv.kind) pv.id, pv.kind, pv.revision, pv.created_at
              FROM process_variants pv WHERE pv.process_id = p.id
              ORDER BY pv.kind, pv.revision DESC) h),
      'revision', p.revision,
      'updatedAt', p.updated_at
    ) ORDER BY page.ord), '[]')::text
    FROM unnest(page_ids) WITH ORDINALITY AS page(id, ord)
    JOIN business_processes p ON p.id = page.id
    JOIN organisations o ON o.id = p.org_id);
END;
$$;
