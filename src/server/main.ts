import { buildApp } from './app.ts';
import { seedCalendarIfEmpty } from './calendar/calendar.queries.ts';
import { clockOf, loadConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { playDemoStory } from './seed/demo-story.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-users.ts';
import { seedIfEmpty, seedRegistryReference } from './seed/seed.ts';

/** Entry point: configuration → database (migrated) → first-start seed → HTTP. */
async function main() {
  const config = loadConfig();
  const clock = clockOf(config);
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir },
  );
  const seeded = await seedIfEmpty(database.db, {
    demo: config.SEED_DEMO,
    adminPassword: config.ADMIN_PASSWORD,
  });
  // Databases created before the calendar existed get it on their next start.
  await seedCalendarIfEmpty(database.db);
  // …and the legal acts and data objects of the registry of business processes.
  await seedRegistryReference(database.db);
  const app = await buildApp({
    database,
    clock,
    catchUpJobs: true,
    chromiumPath: config.CHROMIUM_PATH,
    sessionDays: config.SESSION_DAYS,
    loginRateLimitMax: config.LOGIN_RATE_LIMIT,
    loginLockout: { attempts: config.LOGIN_LOCKOUT_ATTEMPTS, minutes: config.LOGIN_LOCKOUT_MINUTES },
    secureCookies: config.SECURE_COOKIES,
    logLevel: config.LOG_LEVEL,
    serveWeb: true,
    mail: config.SMTP_URL
      ? {
          url: config.SMTP_URL,
          from: config.SMTP_FROM,
          appUrl: config.APP_URL ?? `http://localhost:${config.PORT}`,
        }
      : undefined,
  });
  // A fresh demo: the agriculture map goes through agreement and approval the way users do it.
  if (seeded && config.SEED_DEMO) await playDemoStory(app, clock);
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${(app.server.address() as { port: number }).port}`;
  const where =
    database.kind === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${config.dataDir}`
      : 'PostgreSQL server (DATABASE_URL)';
  console.log(
    `\nDT Maps is running at ${url}\nDatabase: ${where}${seeded ? ' — seeded on first start' : ''}`,
  );
  if (config.CLOCK_START) console.log(`Clock: starts at ${config.CLOCK_START} (CLOCK_START)`);
  if (config.SEED_DEMO) {
    console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) console.log(`  ${u.login.padEnd(20)} ${u.roles.join(', ')} — ${u.orgCode}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
