import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env: every setting, parsed and defaulted in one place. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Sign-in attempts per minute per client address. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Failed sign-ins of one account within LOGIN_LOCKOUT_MINUTES that lock it for that long. */
  LOGIN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Without the demo, the first start creates the user 'admin' with this password. */
  ADMIN_PASSWORD: z.string().min(10).optional(),
  /** smtp://user:pass@host:port — e-mail notifications too (off when unset). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().default('DT Maps <no-reply@dtmaps.local>'),
  /** The address users reach the app at, for links in e-mails. */
  APP_URL: z.string().optional(),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /**
   * Training environments and tests: the server's clock starts at this instant (ISO 8601) and runs
   * on from there, so terms, reporting periods and reminders can be rehearsed ahead of the calendar.
   * Unset in production: the server uses the real time.
   */
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
});

export type Config = z.infer<typeof EnvSchema> & { dataDir: string };

/** Reads the configuration from the environment; throws a readable message on a bad value. */
/** The server's clock: the real time, or the real time shifted so that boot happens at CLOCK_START. */
export function clockOf(config: Pick<Config, 'CLOCK_START'>, bootAt = Date.now()): () => Date {
  if (!config.CLOCK_START) return () => new Date();
  const shift = Date.parse(config.CLOCK_START) - bootAt;
  return () => new Date(Date.now() + shift);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
