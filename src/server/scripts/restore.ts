import { loadConfig } from '../config.ts';
import { restore } from './backup.actions.ts';

/**
 * `npm run restore -- file`: restores a backup into a fresh DATA_DIR (a missing or empty folder)
 * or, with DATABASE_URL, into a new empty server database; prints the content hash, which equals
 * the one `npm run backup` printed when nothing was lost.
 */
async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run restore -- <backup file>');
  const config = loadConfig();
  const target = config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir };
  const result = await restore(target, file);
  const where = 'url' in target ? 'the DATABASE_URL database' : target.dataDir;
  console.log(`Restored ${file} into ${where} (${result.kind})`);
  console.log(`Tables: ${Object.keys(result.hash.tables).length}; content hash: ${result.hash.total}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
