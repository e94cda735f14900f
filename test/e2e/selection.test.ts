// Right-click analysis of selected text, fired through the service worker as Chromium would fire it
// (chrome.contextMenus.onClicked.dispatch). Such a click grants no activeTab, so: on a board page the
// board script shows the result in place; on any other page the result is kept as the last analysis
// and the popup shows it. The native menu with activeTab is driven under Xvfb (scripts/native-menu.sh).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePosting } from '../../lib/analysis';
import { MAX_SELECTION_CHARS, prepareSelection } from '../../lib/extension/selection-text';
import {
  closeAndCollectLeaks,
  dispatchCommand,
  dispatchMenuClick,
  type ExtensionSession,
  fixtureServer,
  type FixtureServer,
  launchExtension,
  openTab,
  requireChromium,
  sessionStorage,
} from './harness';
import { loadSitePages, pageHosts, routeSitePages } from './harness/fixtures';

const MENU_ID = 'rolelens-analyze-selection';
// Our own duty lines (not from the corpus).
const LINES = [
  '负责品牌传播与媒体关系，提升品牌知名度',
  '负责用户增长，优化注册转化率与次日留存',
  '策划线上活动并跟进执行',
];
const HOSTILE = '<img src=x onerror="window.__rolelensPwned=1"><script>window.__rolelensPwned=2</script><a href="javascript:window.__rolelensPwned=3">x</a>';
const article = (lines: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>笔记</title></head><body><article id="sel">${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BOARD_NOTE_URL = 'https://www.zhipin.com/about/notes-rolelens.html'; // board host: the board script runs
const OTHER_URL = 'https://notes.example.test/post.html'; // no content script registered here
const HOSTILE_URL = 'https://notes.example.test/hostile.html';
const LONG_URL = 'https://www.zhipin.com/about/long-rolelens.html';

async function selectAll(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
}

const mixOf = (selected: string) => {
  const prepared = prepareSelection(selected);
  if (prepared.kind !== 'text') throw new Error('empty selection');
  return analyzePosting({ text: prepared.text }).scores.mix;
};

interface StoredLast {
  source: string;
  cappedFrom?: number;
  posting: { site: string; url: string; text: string };
  result: { scores: { mix: number } };
}
const historyEntries = async (session: ExtensionSession) => {
  const { history } = await session.sw.evaluate(() => chrome.storage.local.get('history'));
  return (history as { entries?: Array<{ url: string; site: string }> } | undefined)?.entries ?? [];
};
const lastAnalysis = async (session: ExtensionSession) => (await sessionStorage(session)).lastAnalysis as StoredLast | undefined;

describe.skipIf(!requireChromium())('right-click analysis', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const boardPages = loadSitePages().filter((p) => p.site !== 'generic');

  beforeAll(async () => {
    server = await fixtureServer(pageHosts(boardPages));
    routeSitePages(server, boardPages);
    server.route(BOARD_NOTE_URL, article(LINES));
    server.route(OTHER_URL, article(LINES));
    server.route(HOSTILE_URL, article([escape(HOSTILE), ...LINES]));
    server.route(LONG_URL, article(Array.from({ length: 900 }, (_, i) => `${LINES[i % LINES.length]}（第${i + 1}条）`)));
    session = await launchExtension({ server });
  });

  afterAll(async () => {
    expect(await closeAndCollectLeaks(session, server)).toEqual([]);
  });

  it('registers the menu item on selections', async () => {
    // Chromium has no getter for menu items: updating one fails when it does not exist. The item
    // is created on install, asynchronously, so wait for it.
    const exists = () =>
      session.sw.evaluate(
        (id) =>
          new Promise<boolean>((resolve) => {
            chrome.contextMenus.update(id, { contexts: ['selection'] }, () => resolve(!chrome.runtime.lastError));
          }),
        MENU_ID,
      );
    await expect.poll(exists, { timeout: 10_000 }).toBe(true);
    const missing = await session.sw.evaluate(
      () => new Promise<boolean>((resolve) => chrome.contextMenus.update('no-such-item', {}, () => resolve(!!chrome.runtime.lastError))),
    );
    expect(missing).toBe(true);
  });

  it('shows the result next to the selection on a board page and keeps it as the last analysis', async () => {
    const { page, tabId } = await openTab(session, BOARD_NOTE_URL);
    try {
      await page.waitForTimeout(300); // the board script starts at document_idle
      const selected = await selectAll(page, '#sel');
      await dispatchMenuClick(session, tabId, { menuItemId: MENU_ID, selectionText: selected, pageUrl: BOARD_NOTE_URL });
      const number = page.locator('rolelens-selection .rl-gauge__number');
      await number.waitFor();
      expect((await number.textContent())?.trim()).toBe(String(mixOf(selected)));
      const last = await lastAnalysis(session);
      expect(last?.source).toBe('selection');
      expect(last?.result.scores.mix).toBe(mixOf(selected));
      expect(last?.posting.url).toBe(BOARD_NOTE_URL);
      // Next to the selection, and closed by Esc.
      const box = await page.locator('rolelens-selection').boundingBox();
      const text = await page.locator('#sel').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(text!.y + text!.height - 1);
      await page.keyboard.press('Escape');
      await page.locator('rolelens-selection').waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
  });

  it('does the same with the keyboard shortcut', async () => {
    const { page, tabId } = await openTab(session, BOARD_NOTE_URL);
    try {
      await page.waitForTimeout(300);
      const selected = await selectAll(page, '#sel p:nth-child(2)');
      await dispatchCommand(session, tabId, 'analyze-selection');
      const number = page.locator('rolelens-selection .rl-gauge__number');
      await number.waitFor();
      expect((await number.textContent())?.trim()).toBe(String(mixOf(selected)));
    } finally {
      await page.close();
    }
  });

  it('gives a short hint for an empty selection', async () => {
    const { page, tabId } = await openTab(session, BOARD_NOTE_URL);
    try {
      await page.waitForTimeout(300);
      await dispatchMenuClick(session, tabId, { menuItemId: MENU_ID, selectionText: '   ' });
      await page.locator('rolelens-selection .rl-sel__hint').waitFor();
      expect(await page.locator('rolelens-selection .rl-gauge__number').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('analyses a very long selection capped, with a note', async () => {
    const { page, tabId } = await openTab(session, LONG_URL);
    try {
      await page.waitForTimeout(300);
      const selected = await selectAll(page, '#sel');
      expect(selected.length).toBeGreaterThan(MAX_SELECTION_CHARS);
      await dispatchMenuClick(session, tabId, { menuItemId: MENU_ID, selectionText: selected.slice(0, 100) });
      await page.locator('rolelens-selection .rl-sel__note').waitFor();
      const last = await lastAnalysis(session);
      expect(last?.cappedFrom).toBe(selected.trim().length);
      expect(last!.posting.text.length).toBeLessThanOrEqual(MAX_SELECTION_CHARS);
      expect(last?.result.scores.mix).toBe(mixOf(selected));
    } finally {
      await page.close();
    }
  });

  it('on a page without the content script, keeps the result for the popup, which shows it', async () => {
    const { page, tabId } = await openTab(session, OTHER_URL);
    try {
      const selected = await selectAll(page, '#sel');
      await dispatchMenuClick(session, tabId, { menuItemId: MENU_ID, selectionText: selected, pageUrl: OTHER_URL });
      await expect.poll(async () => (await lastAnalysis(session))?.posting.url).toBe(OTHER_URL);
      expect(await page.locator('rolelens-selection').count()).toBe(0); // no injection without activeTab
      const last = await lastAnalysis(session);
      expect(last?.result.scores.mix).toBe(mixOf(selected));
      // … and records it in history like any analysed posting.
      await expect.poll(async () => (await historyEntries(session)).filter((e) => e.url === OTHER_URL && e.site === 'selection').length).toBe(1);

      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByText(LINES[1]!).first().waitFor();
      expect((await popup.locator('.rl-gauge__number').first().textContent())?.trim()).toBe(String(mixOf(selected)));
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('falls back to the popup for a selection inside a frame no script can reach', async () => {
    const { page, tabId } = await openTab(session, BOARD_NOTE_URL);
    try {
      await page.waitForTimeout(300);
      const text = LINES.slice(0, 2).join('\n');
      // The board script runs in the top frame only; frame 7 is out of reach (like a cross-origin iframe).
      await dispatchMenuClick(session, tabId, { menuItemId: MENU_ID, selectionText: text, frameId: 7, pageUrl: BOARD_NOTE_URL });
      await expect.poll(async () => (await lastAnalysis(session))?.posting.text).toBe(text);
      expect(await page.locator('rolelens-selection').count()).toBe(0);
      expect((await lastAnalysis(session))?.result.scores.mix).toBe(mixOf(text));
    } finally {
      await page.close();
    }
  });

  it('keeps hostile selected text inert in the popup', async () => {
    const { page, tabId } = await openTab(session, HOSTILE_URL);
    try {
      const selected = await selectAll(page, '#sel');
      expect(selected).toContain('<img src=x onerror=');
      await dispatchMenuClick(session, tabId, { menuItemId: MENU_ID, selectionText: selected, pageUrl: HOSTILE_URL });
      await expect.poll(async () => (await lastAnalysis(session))?.posting.url).toBe(HOSTILE_URL);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?view=last`);
      await popup.locator('.rl-analysis').first().waitFor();
      await popup.waitForTimeout(300);
      const inert = await popup.evaluate(() => ({
        pwned: (window as { __rolelensPwned?: number }).__rolelensPwned,
        imgs: document.querySelectorAll('.rl-analysis img').length,
        scripts: document.querySelectorAll('.rl-analysis script').length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
        shown: document.body.textContent?.includes('<img src=x onerror=') ?? false,
      }));
      expect(inert).toEqual({ pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0, shown: true });
      await popup.close();
    } finally {
      await page.close();
    }
  });
});
