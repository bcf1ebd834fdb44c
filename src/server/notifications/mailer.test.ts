import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { startMailer } from './mailer.ts';
import { notify } from './notifications.queries.ts';

/** The text of a single-part mail: its body after the headers, base64-decoded when so encoded. */
function mailText(raw: string): string {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  return /Content-Transfer-Encoding: base64/i.test(headers)
    ? Buffer.from(body, 'base64').toString('utf8')
    : body;
}

/** A real SMTP server on loopback that keeps what it receives. */
const received: { to: string[]; body: string }[] = [];
let server: SMTPServer;
let port: number;
let t: TestApp;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('e-mail notifications', () => {
  it('e-mails a notification once, in the user language, to users with an address; others stay in-app only', async () => {
    const withMail = await t.userIn('mo-healthcare', ['dt_office']);
    const without = await t.userIn('mo-healthcare', ['deputy_head']);
    await t.database.db
      .update(users)
      .set({ email: 'office@health.example', locale: 'ru' })
      .where(eq(users.id, withMail.id));
    await notify(t.database.db, [withMail.id, without.id], 'map.published', {
      mapId: '00000000-0000-4000-8000-000000000001',
      versionNumber: 2,
      organisation: { kk: 'ДСМ', ru: 'Минздрав' },
    });
    const mailer = startMailer(
      t.database.db,
      { url: `smtp://127.0.0.1:${port}`, from: 'DT Maps <no-reply@test>', appUrl: 'http://app.test' },
      { intervalMs: 60_000 },
    );
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    expect(await mailer.sendBatch()).toBe(0);
    mailer.stop();
    expect(received[0].to).toEqual(['office@health.example']);
    const text = mailText(received[0].body);
    expect(text).toContain('Версия № 2 опубликована на портале.');
    expect(text).toContain('http://app.test/maps/00000000-0000-4000-8000-000000000001/v/2');
    const states = await t.database.db
      .select({ user: notifications.userId, state: notifications.emailState })
      .from(notifications);
    expect(states).toEqual(
      expect.arrayContaining([
        { user: withMail.id, state: 'sent' },
        { user: without.id, state: null },
      ]),
    );
  });
});
