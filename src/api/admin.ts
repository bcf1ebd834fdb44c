import { z } from 'zod';
import { RoleSchema } from '../domain/auth/roles.ts';
import { OrganisationOut, Uuid } from './common.ts';

export const UserOut = z.object({
  id: Uuid,
  login: z.string(),
  fullName: z.string(),
  organisation: OrganisationOut,
  roles: z.array(RoleSchema),
  email: z.string().nullable(),
  isActive: z.boolean(),
});
export type UserOut = z.infer<typeof UserOut>;

/** Password policy: at least 10 characters with a letter and a digit. */
export const PasswordSchema = z
  .string()
  .min(10)
  .max(200)
  .regex(/[\p{L}]/u, 'password_letter')
  .regex(/\d/, 'password_digit');

export const CreateUserBody = z.object({
  login: z
    .string()
    .trim()
    .min(3)
    .max(100)
    .regex(/^[a-z0-9._@-]+$/i, 'login_format'),
  fullName: z.string().trim().min(1).max(200),
  orgId: Uuid,
  roles: z.array(RoleSchema).min(1).max(9),
  password: PasswordSchema,
  /** Optional: where notifications are e-mailed when SMTP is configured. */
  email: z.string().trim().email().max(200).nullable().optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  roles: z.array(RoleSchema).min(1).max(9).optional(),
  isActive: z.boolean().optional(),
  password: PasswordSchema.optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;
