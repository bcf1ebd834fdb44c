import type { Sector } from '../../../domain/map/map.schema.ts';

/** What every page of a sector gets: the sector, its place in the map, and (when editable) an updater. */
export interface SectorPageProps {
  sector: Sector;
  /** 0-based index in the map; the Form numbers sectors from 1 (section 1, 2, …). */
  index: number;
  update?: (fn: (s: Sector) => Sector) => void;
}

/** A setter of one key of the sector, or undefined when read-only. */
export function sectorSetter(update: SectorPageProps['update']) {
  return (
    update &&
    (<K extends keyof Sector>(key: K) =>
      (value: Sector[K]) =>
        update((cur) => ({ ...cur, [key]: value })))
  );
}
