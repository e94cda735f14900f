// Writes PNGs of the popup (zh/en, light/dark), the options page, the history page (list and
// comparison) and the in-page panel into docs/screenshots/, from the real built extension.
// Run: npx tsx scripts/screenshots.ts   (needs Chromium at /usr/bin/chromium or $CHROMIUM_PATH)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, ROOT, fixtureServer, hostResolverRules, launchExtension, openTab, requireChromium } from '../test/e2e/harness';
import { buildGallery, galleryHtml } from '../test/e2e/ui-gallery';
import { historyEntries, seedLocal, seedSession, tabResultFor } from '../test/e2e/ui-support';

const OUT = join(ROOT, 'docs', 'screenshots');
const BASE = 'https://notes.example.test';
// Stored settings are read field by field with defaults, so a partial object is a valid seed.
const settingsWith = (fields: Record<string, unknown>) => ({ settings: fields });

async function main(): Promise<void> {
  if (!requireChromium()) return;
  mkdirSync(OUT, { recursive: true });
  const server = await fixtureServer([]);
  server.route(`${BASE}/plain.html`, '<!doctype html><title>Notes</title><p>Nothing here.</p>');
  const bundle = await buildGallery();
  server.route(`${BASE}/gallery.js`, bundle.js, 'text/javascript; charset=utf-8');
  for (const lang of ['zh', 'en'] as const) server.route(`${BASE}/panel-${lang}.html`, galleryHtml(bundle, { lang, scriptUrl: '/gallery.js' }));

  const session = await launchExtension({ server });
  const written: string[] = [];
  const shot = (name: string) => {
    written.push(name);
    return join(OUT, name);
  };
  try {
    const ext = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
    for (const lang of ['zh', 'en'] as const) {
      await seedLocal(session, settingsWith({ language: lang }));
      const { tabId, page: tab } = await openTab(session, `${BASE}/plain.html`);
      await seedSession(session, { [`tabResult:${tabId}`]: tabResultFor(lang) });
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await session.context.newPage();
        await page.setViewportSize({ width: 420, height: 600 });
        await page.emulateMedia({ colorScheme });
        await page.goto(ext(`popup.html?tabId=${tabId}`));
        await page.waitForSelector('.rl-analysis');
        await page.screenshot({ path: shot(`popup-${lang}-${colorScheme}.png`) });
        await page.close();
      }
      await tab.close();
    }

    await seedLocal(session, settingsWith({ language: 'en', customCues: [{ text: 'blog', domain: 'shared', weight: 3 }] }));
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 1000, height: 1400 });
    await options.goto(ext('options.html'));
    await options.waitForSelector('.rl-preview .rl-analysis');
    await options.screenshot({ path: shot('options-en.png'), fullPage: true });
    await options.close();

    await seedLocal(session, { history: { entries: historyEntries(), dropped: 0 }, history$: { v: 2 } });
    const history = await session.context.newPage();
    await history.setViewportSize({ width: 1200, height: 700 });
    await history.goto(ext('analysis-history.html'));
    await history.waitForSelector('tbody tr');
    await history.screenshot({ path: shot('history-en.png') });
    for (const box of await history.$$('tbody input[type=checkbox]')) await box.check();
    await history.click('[data-action="compare"]');
    await history.waitForSelector('[data-view="compare"]');
    await history.setViewportSize({ width: 1200, height: 1100 });
    await history.screenshot({ path: shot('history-compare-en.png') });
    await history.close();
  } finally {
    await session.close();
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--host-resolver-rules=${hostResolverRules(server)}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (const lang of ['zh', 'en'] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 620 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${BASE}/panel-${lang}.html`);
        await page.waitForSelector('body[data-gallery-ready]');
        await page.screenshot({ path: shot(`panel-${lang}-${colorScheme}.png`) });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`wrote ${written.length} screenshots to ${OUT}:\n  ${written.join('\n  ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
