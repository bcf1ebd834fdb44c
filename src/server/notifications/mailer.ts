import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { notificationMessage } from '../../api/notification-messages.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Db } from '../db/connect.ts';

export interface MailConfig {
  /** smtp://user:pass@host:port (or smtps://). */
  url: string;
  from: string;
  /** Where links in the mail point (the app's public address). */
  appUrl: string;
}

type Pending = {
  id: string;
  type: string;
  data: Record<string, unknown>;
  email: string;
  locale: Locale;
};

const MAX_ATTEMPTS = 5;

/**
 * The e-mail outbox: notifications are committed with the step that caused them, marked pending
 * when the user has an address; this loop sends them and marks each sent (or failed after 5
 * tries). Rows are claimed with SKIP LOCKED, so several app instances never send one twice.
 */
export function startMailer(
  db: Db,
  config: MailConfig,
  opts: { intervalMs?: number; log?: (e: unknown) => void } = {},
) {
  const transport = nodemailer.createTransport(config.url);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function sendBatch(): Promise<number> {
    return db.transaction(async (tx) => {
      const res = await tx.execute<Pending>(sql`
        SELECT n.id, n.type, n.data, u.email, u.locale FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.email_state = 'pending' AND n.created_at > now() - interval '7 days'
        ORDER BY n.created_at LIMIT 20 FOR UPDATE OF n SKIP LOCKED`);
      const rows = (res as unknown as { rows: Pending[] }).rows;
      for (const n of rows) {
        const text = notificationMessage(n.type, n.data, n.locale);
        const link =
          typeof n.data.mapId === 'string'
            ? `${config.appUrl}/maps/${n.data.mapId}/v/${n.data.versionNumber}`
            : config.appUrl;
        try {
          await transport.sendMail({
            from: config.from,
            to: n.email,
            subject: `DT Maps: ${text.slice(0, 120)}`,
            text: `${text}\n\n${link}\n`,
          });
          await tx.execute(
            sql`UPDATE notifications SET email_state = 'sent', email_attempts = email_attempts + 1 WHERE id = ${n.id}`,
          );
        } catch (e) {
          opts.log?.(e);
          await tx.execute(sql`UPDATE notifications SET email_attempts = email_attempts + 1,
            email_state = CASE WHEN email_attempts + 1 >= ${MAX_ATTEMPTS} THEN 'failed' ELSE 'pending' END WHERE id = ${n.id}`);
        }
      }
      return rows.length;
    });
  }

  const loop = async () => {
    if (stopped) return;
    try {
      await sendBatch();
    } catch (e) {
      opts.log?.(e);
    }
    if (!stopped) timer = setTimeout(loop, opts.intervalMs ?? 5_000);
  };
  timer = setTimeout(loop, 0);
  return {
    sendBatch,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      transport.close();
    },
  };
}
