import { createContext, useContext } from 'react';
import type { OrganisationOut } from '../../../../api/common.ts';
import type { ProjectOut } from '../../../../api/reengineering.ts';
import type { Locale } from '../../../../domain/locale.ts';
import type { AsIs } from '../../../../domain/reengineering/project.schema.ts';
import type { PlanValue } from './conflict.logic.ts';
import type { ProjectSearch } from './project.logic.ts';
import type { TeamValue } from './team.logic.ts';
import type { PartDraft } from './use-part-draft.ts';

/** What every tab of the project page reads: the project, the user's language, the drafts of its parts. */
export interface ProjectCtx {
  project: ProjectOut;
  locale: Locale;
  organisations: OrganisationOut[];
  orgName: (id: string | null) => string;
  team: PartDraft<TeamValue>;
  asIs: PartDraft<AsIs>;
  plan: PartDraft<PlanValue>;
  /** Moves to another tab (and process / kind) of the page. */
  go: (search: ProjectSearch) => void;
  search: ProjectSearch;
}

export const ProjectContext = createContext<ProjectCtx | null>(null);

export function useProjectCtx(): ProjectCtx {
  const ctx = useContext(ProjectContext);
  if (!ctx) throw new Error('useProjectCtx outside the project page');
  return ctx;
}
