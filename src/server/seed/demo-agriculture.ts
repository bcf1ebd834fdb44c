import { validMapDocument } from '../../domain/map/map.fixture.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import type { DemoRefs } from './demo-refs.ts';

/**
 * The demo map of the Ministry of Agriculture (land relations): the complete map the validator's
 * tests use, pointed at real reference rows. The demo story (demo-story.ts) takes it through
 * agreement, approval and publication, so its reengineering projects open as the Rules say.
 */
export function demoAgricultureMap(refs: DemoRefs): MapDocument {
  const doc = validMapDocument();
  const landRegister = refs.system('gbd-rn');
  doc.passport.planningDocumentIds = [refs.planningDocument('ndp-2029')];
  for (const c of doc.sectors.flatMap((s) => s.cases)) {
    c.publicServiceIds = c.publicServiceIds.map(() =>
      refs.service('Выдача разрешения на использование земельного участка для изыскательских работ'),
    );
    c.informationSystemIds = c.informationSystemIds.map(() => landRegister);
  }
  for (const d of doc.attachments.dataList)
    d.informationSystemIds = d.informationSystemIds.map(() => landRegister);
  return doc;
}
