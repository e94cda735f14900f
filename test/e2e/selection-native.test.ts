// The right-click flow through Chromium's real context menu (activeTab granted by a real click),
// headful under Xvfb: scripts/native-menu.sh. Runs wherever xvfb-run and xdotool are installed
// (.ci/run installs them); skipped with a message elsewhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, requireChromium } from './harness';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const ready = requireChromium() && has('xvfb-run') && has('xdotool');
if (!ready) console.warn('[e2e] native context menu skipped: needs xvfb-run and xdotool (apt-get install -y xvfb xdotool)');

describe.skipIf(!ready)('native context menu under Xvfb', () => {
  it('shows the full analysis in the page and keeps it for the popup, by menu and by shortcut', () => {
    let output = '';
    try {
      output = execFileSync(join(ROOT, 'scripts', 'native-menu.sh'), { cwd: ROOT, encoding: 'utf8', timeout: 150_000, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(`native-menu.sh failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
    }
    expect(output).toMatch(/native menu: in-page full analysis, mix \d+; last analysis kept for https:\/\/notes\.example\.test\/native\.html/);
    expect(output).toMatch(/keyboard shortcut: in-page full analysis/);
    expect(output).toContain('native menu flow: OK');
  }, 180_000);
});
