// The real right-click path, headful under Xvfb (run by scripts/native-menu.sh): select text on a
// page where no content script is registered, open Chromium's native context menu with a real X
// right-click (xdotool), choose "Analyze selection with Role Lens" with the keyboard, and check that
// the full analysis appears in the page (the click granted activeTab, so the selection script was
// injected) and is kept as the last analysis. Then the same through the real keyboard shortcut.
// Exit code 0 when both worked; prints what it saw.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { fixtureServer, launchExtension, sessionStorage, type ExtensionSession } from '../test/e2e/harness';

const URL_OTHER = 'https://notes.example.test/native.html';
const LINES = ['负责品牌传播与媒体关系，提升品牌知名度', '负责用户增长，优化注册转化率与次日留存', '策划线上活动并跟进执行'];
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>native menu</title></head>
<body style="margin:40px;font:20px/1.8 sans-serif"><article id="sel">${LINES.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;

const xdotool = (...args: string[]) => execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function selectArticle(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const target = document.querySelector('#sel')!;
    const range = document.createRange();
    range.selectNodeContents(target);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const first = target.querySelector('p')!.getBoundingClientRect();
    // Screen position of a point inside the selected text (the viewport sits at the window's bottom).
    const chromeTop = window.outerHeight - window.innerHeight;
    const chromeLeft = (window.outerWidth - window.innerWidth) / 2;
    return { x: Math.round(window.screenX + chromeLeft + first.left + 30), y: Math.round(window.screenY + chromeTop + first.top + first.height / 2) };
  });
}

async function waitForFullPanel(page: Page): Promise<string> {
  const gauge = page.locator('rolelens-selection .rl-analysis .rl-gauge__number').first();
  await gauge.waitFor({ timeout: 10_000 });
  return (await gauge.textContent())?.trim() ?? '';
}

async function viaMenu(session: ExtensionSession, page: Page): Promise<string> {
  const point = await selectArticle(page);
  await page.bringToFront();
  xdotool('mousemove', String(point.x), String(point.y));
  await sleep(200);
  xdotool('click', '3');
  await sleep(700);
  // Up from the top wraps to the last item ("Inspect"); our item sits right above it.
  for (let attempt = 0; attempt < 6; attempt++) {
    xdotool('key', 'Up');
    await sleep(150);
    if (attempt === 0) continue;
    xdotool('key', 'Return');
    try {
      return await waitForFullPanel(page);
    } catch {
      // Not our item: reopen the menu and go one further up.
      await selectArticle(page);
      xdotool('mousemove', String(point.x), String(point.y), 'click', '3');
      await sleep(700);
      for (let i = 0; i < attempt; i++) xdotool('key', 'Up');
    }
  }
  throw new Error('the menu item was not found in the native context menu');
}

async function viaShortcut(page: Page): Promise<string> {
  await page.evaluate(() => document.querySelector('rolelens-selection')?.remove());
  await selectArticle(page);
  await page.bringToFront();
  xdotool('key', 'alt+shift+l');
  return waitForFullPanel(page);
}

async function main(): Promise<void> {
  if (!process.env.DISPLAY) throw new Error('no DISPLAY: run me through scripts/native-menu.sh (xvfb-run)');
  const server = await fixtureServer([]);
  server.route(URL_OTHER, HTML);
  const session = await launchExtension({ server, headless: false, args: ['--window-position=0,0', '--window-size=1200,900'] });
  let failed = false;
  try {
    const page = await session.context.newPage();
    await page.goto(URL_OTHER);
    await sleep(800);
    const fromMenu = await viaMenu(session, page);
    const last = (await sessionStorage(session)).lastAnalysis as { posting?: { url?: string }; result?: { scores?: { mix?: number } } } | undefined;
    console.log(`native menu: in-page full analysis, mix ${fromMenu}; last analysis kept for ${last?.posting?.url} (mix ${last?.result?.scores?.mix})`);
    if (last?.posting?.url !== URL_OTHER || String(last?.result?.scores?.mix) !== fromMenu) failed = true;
    const fromShortcut = await viaShortcut(page);
    console.log(`keyboard shortcut: in-page full analysis, mix ${fromShortcut}`);
    if (fromShortcut !== fromMenu) failed = true;
  } finally {
    await session.close();
    await server.close();
  }
  if (failed) {
    console.error('native menu flow: FAILED');
    process.exit(1);
  }
  console.log('native menu flow: OK');
}

await main();
