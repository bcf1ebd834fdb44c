import fs from 'node:fs';
import path from 'node:path';

/**
 * One process per embedded data folder: PGlite has no lock of its own and two processes on one
 * folder corrupt it. The lock file holds the owner's pid; a stale lock (dead pid) is taken over.
 */
export function acquireLock(dataDir: string): string {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  try {
    const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The data folder ${path.resolve(dataDir)} is in use by process ${pid}. ` +
          'Stop that process first, or set DATA_DIR to another folder.',
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.writeFileSync(lockPath, String(process.pid));
  return lockPath;
}

export function releaseLock(lockPath: string): void {
  try {
    if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
