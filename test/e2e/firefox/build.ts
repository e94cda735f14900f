// Builds the Firefox (MV2) output once for the Firefox e2e test, reusing it while it is newer than
// every source file. Same lock file as the Chromium harness so two builds never share `.wxt/` at once.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/build';

export const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'assets', 'wxt.config.ts', 'package.json'];
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', 'test']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) if (!SKIP_DIRS.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh(): boolean {
  const manifest = join(FIREFOX_DIR, 'manifest.json');
  if (!existsSync(manifest)) return false;
  return statSync(manifest).mtimeMs > Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
}

async function withBuildLock(run: () => void): Promise<void> {
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const lock = join(ROOT, '.output', '.rolelens-build.lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // A lock older than five minutes belongs to a crashed build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for too long`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    run();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Path of the unpacked Firefox build, built now if missing or stale. */
export async function ensureFirefoxBuilt(): Promise<string> {
  await withBuildLock(() => {
    if (isFresh()) return;
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 });
  });
  return FIREFOX_DIR;
}
