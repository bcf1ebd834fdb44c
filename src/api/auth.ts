import { z } from 'zod';
import { RoleSchema } from '../domain/auth/roles.ts';
import { LocaleSchema } from '../domain/locale.ts';
import { OrganisationOut, Uuid } from './common.ts';

export const LoginBody = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** The signed-in user as the web sees it, with what the server allows the user to do. */
export const MeOut = z.object({
  id: Uuid,
  login: z.string(),
  fullName: z.string(),
  locale: LocaleSchema,
  organisation: OrganisationOut,
  roles: z.array(RoleSchema),
  can: z.object({
    createMap: z.boolean(),
    /** The reviewing side (authorized body, Center) sees every submitted map. */
    reviewMaps: z.boolean(),
    /** External monitoring (R.28): the authorized body and the Center monitor every body. */
    monitorAllBodies: z.boolean(),
    manageUsers: z.boolean(),
    manageReference: z.boolean(),
  }),
});
export type MeOut = z.infer<typeof MeOut>;

export const LocaleBody = z.object({ locale: LocaleSchema });
