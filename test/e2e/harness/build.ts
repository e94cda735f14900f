// Builds the extension once for the real-browser tests and the browser benchmark, and reuses the
// build while it is newer than every source file, so a test run pays for `wxt build` at most once.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'assets', 'wxt.config.ts', 'package.json'];
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', 'test']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (SKIP_DIRS.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Whether the unpacked build in `dir` is newer than every source file. */
export function isBuildFresh(dir = EXTENSION_DIR): boolean {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const sourcesMtime = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  return statSync(manifest).mtimeMs > sourcesMtime;
}

/** A lock so that two test processes (tests + benchmark) never build into the same folder at once. */
export async function withBuildLock<T>(run: () => T): Promise<T> {
  const lock = join(ROOT, '.output', '.rolelens-build.lock');
  execFileSync('mkdir', ['-p', join(ROOT, '.output')]);
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
    return run();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Path of an unpacked Chromium build of the extension, built now if missing or stale. */
export async function ensureExtensionBuilt(): Promise<string> {
  if (process.env.ROLELENS_SKIP_BUILD === '1' && existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    return EXTENSION_DIR;
  }
  await withBuildLock(() => {
    if (isBuildFresh()) return;
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 });
  });
  return EXTENSION_DIR;
}
