// The popup's first screen in real Chromium: the background stores a small glance next to each tab's full
// result and removes both with the tab; the popup paints the glance (its "ready" mark is that paint), then
// fills in every duty from the full result; results stored without a glance, or with a broken one, still open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePosting } from '../../lib/analysis';
import { glanceOf, type TabResult } from '../../lib/storage/tab-result-schema';
import { closeAndCollectLeaks, fixtureServer, launchExtension, openTab, requireChromium, sessionStorage, waitForBadge, type ExtensionSession, type FixtureServer } from './harness';
import { loadSitePages, pageHosts, routeSitePages } from './harness/fixtures';
import { seedSession, tabResultFor } from './ui-support';

const boardPage = loadSitePages().find((p) => p.site === 'zhipin' && p.kind.startsWith('detail'));
const PLAIN_PAGE = 'https://notes.example.test/popup-glance.html';

// Our own duty lines, repeated into a long posting (120 lines) so the glance is a small part of it.
const OWN_LINES = ['负责品牌年度传播，提升品牌知名度', '负责会员社群运营，提升用户留存和复购', '撰写公众号推文并策划线下活动', '完成上级安排的日常事务'];
function longTab(): TabResult {
  const text = ['岗位职责：', ...Array.from({ length: 120 }, (_, i) => `${i + 1}. ${OWN_LINES[i % OWN_LINES.length]}（第${i + 1}项）`)].join('\n');
  return {
    posting: { site: 'generic', url: 'https://careers.example.test/jobs/long', title: '市场运营经理', text },
    result: analyzePosting({ title: '市场运营经理', text }),
    source: 'generic',
    at: Date.now(),
  };
}

describe.skipIf(!requireChromium())('popup first screen from the stored glance', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const popupUrl = (tabId: number) => `chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`;

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(popupUrl(tabId));
    return popup;
  }

  beforeAll(async () => {
    const pages = boardPage ? [boardPage] : [];
    server = await fixtureServer(pageHosts(pages));
    routeSitePages(server, pages);
    server.route(PLAIN_PAGE, '<!doctype html><html lang="en"><head><title>Notes</title></head><body><p>Nothing here.</p></body></html>');
    session = await launchExtension({ server });
  });
  afterAll(async () => {
    expect(await closeAndCollectLeaks(session, server)).toEqual([]);
  });

  it('the background stores a glance with each tab result and removes both when the tab closes', async () => {
    expect(boardPage).toBeDefined();
    const { page, tabId } = await openTab(session, boardPage!.url);
    await waitForBadge(session, tabId, (text) => text !== '');
    const stored = await sessionStorage(session);
    const full = stored[`tabResult:${tabId}`] as TabResult;
    expect(stored[`tabGlance:${tabId}`]).toEqual(JSON.parse(JSON.stringify(glanceOf(full))));
    await page.close();
    await expect.poll(async () => Object.keys(await sessionStorage(session)).filter((k) => k.endsWith(`:${tabId}`))).toEqual([]);
  });

  it('paints the glance first (ready = its paint), then every duty of the full result', async () => {
    const { page, tabId } = await openTab(session, PLAIN_PAGE);
    const tab = longTab();
    await seedSession(session, { [`tabResult:${tabId}`]: tab, [`tabGlance:${tabId}`]: glanceOf(tab) });
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => performance.getEntriesByName('rolelens:popup-ready').length > 0);
    const atReady = await popup.evaluate(() => ({
      ready: performance.getEntriesByName('rolelens:popup-ready')[0]!.startTime,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      gauge: document.querySelector('.rl-gauge__number')?.textContent,
      verdict: document.querySelector('.rl-verdict')?.textContent,
      duties: document.querySelectorAll('.rl-duty').length,
    }));
    expect(atReady.gauge).toBe(String(tab.result.scores.mix));
    expect(atReady.verdict).toBe(tab.result.verdict.en);
    expect(atReady.duties).toBeGreaterThan(0);
    // "Ready" is the paint itself, not an earlier moment (the first contentful paint is the analysis).
    expect(atReady.ready).toBeGreaterThanOrEqual(atReady.paint - 1);
    await popup.waitForFunction((n) => document.querySelectorAll('.rl-duty').length === n, tab.result.duties.length, { timeout: 15_000 });
    expect(await popup.locator('[data-action="copy-markdown"]').isEnabled()).toBe(true);
    // Hovering a duty still shows why it got its label.
    await popup.hover('.rl-duty');
    expect(await popup.isVisible('.rl-duty:hover .rl-why')).toBe(true);
    await popup.close();
    await page.close();
  });

  it('a result without a glance, or with a broken one, opens in full', async () => {
    const { page, tabId } = await openTab(session, PLAIN_PAGE);
    const tab = tabResultFor('en');
    for (const glance of [undefined, { version: 0, posting: 'broken' }]) {
      await seedSession(session, { [`tabResult:${tabId}`]: tab, ...(glance ? { [`tabGlance:${tabId}`]: glance } : {}) });
      const popup = await openPopup(tabId);
      await popup.waitForFunction((n) => document.querySelectorAll('.rl-duty').length === n, tab.result.duties.length);
      expect(await popup.textContent('.rl-gauge__number')).toBe(String(tab.result.scores.mix));
      await popup.close();
    }
    await page.close();
  });
});
