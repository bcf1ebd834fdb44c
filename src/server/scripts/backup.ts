import { loadConfig } from '../config.ts';
import { backup, defaultBackupFile } from './backup.actions.ts';

/**
 * `npm run backup [-- file]`: the whole database in one file — the embedded data folder (stop the
 * app first: it holds the folder's lock) or, with DATABASE_URL, a pg_dump archive of the server
 * database (online, from one snapshot). Prints the content hash that a restore must reproduce.
 */
async function main() {
  const config = loadConfig();
  const target = config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir };
  const file = process.argv[2] ?? defaultBackupFile(target);
  const result = await backup(target, file);
  console.log(`Backup written: ${result.file} (${result.bytes} bytes, ${result.kind})`);
  console.log(`Tables: ${Object.keys(result.hash.tables).length}; content hash: ${result.hash.total}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
