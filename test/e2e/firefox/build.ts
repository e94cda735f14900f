// Builds the Firefox (MV2) output once for the Firefox e2e test, reusing it while it is newer than
// every source file; the Chromium harness's lock keeps the two builds from sharing `.wxt/` at once.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, isBuildFresh, withBuildLock } from '../harness/build';

export const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');

/** Path of the unpacked Firefox build, built now if missing or stale. */
export async function ensureFirefoxBuilt(): Promise<string> {
  await withBuildLock(() => {
    if (isBuildFresh(FIREFOX_DIR)) return;
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 });
  });
  return FIREFOX_DIR;
}
