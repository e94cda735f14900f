// The popup, options and history pages in real Chromium with the built extension.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureServer, launchExtension, openTab, requireChromium, type ExtensionSession, type FixtureServer } from './harness';
import { historyEntries, seedLocal, seedSession, seriousAxeViolations, tabResultFor } from './ui-support';

const HAS_CHROMIUM = requireChromium();
const PLAIN_PAGE = 'https://notes.example.test/ui-plain.html';

describe.skipIf(!HAS_CHROMIUM)('UI pages in Chromium', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const ext = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

  async function openExt(path: string, size = { width: 1100, height: 900 }): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize(size);
    await page.goto(ext(path));
    return page;
  }

  beforeAll(async () => {
    server = await fixtureServer([]);
    server.route(PLAIN_PAGE, '<!doctype html><html lang="en"><head><title>Notes</title></head><body><p>Nothing to see.</p></body></html>');
    session = await launchExtension({ server });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('popup?tabId=N shows that tab\'s analysis: score, sections, cues; fast', async () => {
    const { tabId, page: tab } = await openTab(session, PLAIN_PAGE);
    const stored = tabResultFor('en');
    await seedSession(session, { [`tabResult:${tabId}`]: stored });
    const popup = await openExt(`popup.html?tabId=${tabId}`, { width: 420, height: 600 });
    await popup.waitForSelector('.rl-analysis');
    const timing = async (p: Page) =>
      p.evaluate(() => ({
        ready: performance.getEntriesByName('rolelens:popup-ready')[0]?.startTime ?? -1,
        start: performance.getEntriesByName('rolelens:popup-start')[0]?.startTime ?? -1,
        domInteractive: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      }));
    const first = await timing(popup);
    await popup.reload();
    await popup.waitForSelector('.rl-analysis');
    const second = await timing(popup);
    console.info(`[ui-pages] popup ready at ${first.ready.toFixed(0)} ms (cold), ${second.ready.toFixed(0)} ms (warm); DOM interactive ${second.domInteractive.toFixed(0)} ms; script start ${second.start.toFixed(0)} ms`);
    expect(second.ready).toBeGreaterThan(0);

    expect(await popup.getAttribute('.rl-gauge', 'aria-label')).toBe(`Mix score ${stored.result.scores.mix} out of 100: ${
      { none: 'Not a marketing/operations role', clear: 'Clear role', leaning: 'Leaning', mixed: 'Mixed role' }[stored.result.scores.band]
    }`);
    const sections = await popup.$$eval('.rl-section', (els) => els.map((e) => (e as HTMLElement).dataset.domain));
    expect(sections.slice(0, 2)).toEqual(['marketing', 'operations']);
    const dutyCount = await popup.$$eval('.rl-duty', (els) => els.length);
    expect(dutyCount).toBe(stored.result.duties.length);
    const cues = await popup.$$eval('mark.rl-cue', (els) => els.map((e) => e.textContent));
    expect(cues.length).toBeGreaterThan(3);
    expect(await popup.textContent('.rl-how__mix')).toContain(`min(${stored.result.scores.M}, ${stored.result.scores.O})`);
    // Focus reveals the why-tooltip of a duty.
    await popup.focus('.rl-duty');
    expect(await popup.isVisible('.rl-duty:focus .rl-why')).toBe(true);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(popup)).toEqual([]);

    // The language option switches the same page to Chinese (one source of strings).
    await seedLocal(session, { settings: { language: 'zh' } });
    await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await popup.textContent('.rl-duties__heading')).toBe('按文章定义拆分的职责');
    expect(await popup.textContent('.rl-section[data-domain="marketing"] h3')).toContain('市场');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await seedLocal(session, { settings: { language: 'en' } });
    await popup.close();
    await tab.close();
  });

  it('popup without a posting: message, paste box that analyses, and the last right-click analysis', async () => {
    const { tabId, page: tab } = await openTab(session, PLAIN_PAGE);
    await seedSession(session, { lastAnalysis: tabResultFor('zh', 'selection') });
    const popup = await openExt(`popup.html?tabId=${tabId}`, { width: 420, height: 600 });
    await popup.waitForSelector('[data-state="none"]');
    expect(await popup.textContent('.rl-popup__notice')).toContain('No job posting found on this page.');
    expect(await popup.textContent('.rl-popup__last')).toContain('From your selection');
    await popup.fill('.rl-paste textarea', 'Responsibilities:\n- Grow brand awareness through PR and events.\n- Own the sign-up conversion funnel and run A/B tests.');
    await popup.click('.rl-paste button[type=submit]');
    await popup.waitForSelector('.rl-paste__result .rl-analysis');
    expect(await popup.$$eval('.rl-paste__result .rl-duty', (els) => els.length)).toBe(2);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('options: changes survive a reload, the language switches at run time, a bad import is rejected', async () => {
    const page = await openExt('options.html');
    await page.waitForSelector('input[name="tint"]');
    expect(await page.textContent('h1')).toBe('Role Lens settings');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.check('input[name="tint"]');
    await page.uncheck('input[name="board-indeed"]');
    await page.fill('input[name="cue-text"]', '私域流量');
    await page.selectOption('select[name="cue-domain"]', 'operations');
    await page.click('.rl-cues__form button[type=submit]');
    await page.waitForSelector('.rl-cues__table');
    await page.check('input[name="language"][value="zh"]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '职能透镜设置');

    await page.reload();
    await page.waitForSelector('input[name="tint"]');
    expect(await page.textContent('h1')).toBe('职能透镜设置');
    expect(await page.isChecked('input[name="tint"]')).toBe(true);
    expect(await page.isChecked('input[name="board-indeed"]')).toBe(false);
    expect(await page.textContent('.rl-cues__table')).toContain('私域流量');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    const before = await session.sw.evaluate(() => chrome.storage.local.get('settings'));
    await page.setInputFiles('input[name="import-file"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ kind: 'rolelens-settings', version: 1, settings: { language: 'fr' } })),
    });
    await page.waitForSelector('[data-import="rejected"]');
    expect(await page.textContent('[data-import="rejected"]')).toContain('导入被拒绝');
    expect(await session.sw.evaluate(() => chrome.storage.local.get('settings'))).toEqual(before);

    // Export, then import the exported file after a change: the change is undone.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-settings"]')]);
    const exported = readFileSync((await download.path())!, 'utf8');
    await page.uncheck('input[name="tint"]');
    await page.setInputFiles('input[name="import-file"]', { name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForSelector('[data-import="ok"]');
    expect(await page.isChecked('input[name="tint"]')).toBe(true);
    await seedLocal(session, { settings: { ...(before.settings as object), language: 'en' } });
    await page.close();
  });

  it('history: two analyses listed, compared side by side, exported as CSV', async () => {
    await seedLocal(session, { history: { entries: historyEntries(), dropped: 0 }, history$: { v: 2 } });
    const page = await openExt('analysis-history.html');
    await page.waitForSelector('tbody tr');
    expect(await page.$$eval('tbody tr', (rows) => rows.length)).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^site,title,company,url,mix,band,titleFit/);
    expect(lines).toHaveLength(3);
    expect(csv).toContain('"Content, ""Inc"""');

    await page.fill('input[name="q"]', '内容');
    expect(await page.$$eval('tbody tr', (rows) => rows.length)).toBe(1);
    await page.fill('input[name="q"]', '');
    for (const box of await page.$$('tbody input[type=checkbox]')) await box.check();
    await page.click('[data-action="compare"]');
    await page.waitForSelector('[data-view="compare"]');
    expect(await page.$$eval('[data-view="compare"] .rl-analysis', (els) => els.length)).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
