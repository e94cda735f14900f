// Page text is untrusted. A posting whose title and duties carry <script>, <img onerror> and
// javascript: links must stay inert in the panel, the chips, the in-page selection panel and the
// popup: rendered as text, never as markup, never run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeAndCollectLeaks,
  dispatchMenuClick,
  type ExtensionSession,
  type FixtureServer,
  fixtureServer,
  launchExtension,
  openTab,
  requireChromium,
} from './harness';
import { loadSitePages, pageHosts, routeSitePages } from './harness/fixtures';
import { waitForChipCount } from './harness/page-helpers';

const PAYLOAD = '<img src=x onerror="window.__rolelensPwned=1"><script>window.__rolelensPwned=2</script><a href="javascript:window.__rolelensPwned=3">点我</a>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const DUTIES = [`${PAYLOAD}负责品牌传播，提升品牌知名度`, '负责社群拉新与用户留存，提升转化率'];
const TITLE = `市场运营${PAYLOAD}`;

// The JSON-LD description holds real tags (the page never renders it); the visible block shows them as text.
const DETAIL_URL = 'https://www.zhipin.com/about/hostile-rolelens.html';
const DETAIL_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>hostile</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: TITLE,
  description: `<p>岗位职责：</p><ul>${DUTIES.map((d) => `<li>${d}</li>`).join('')}</ul>`,
}).replace(/</g, '\\u003c')}</script></head>
<body><h1>${escape(TITLE)}</h1><div class="desc"><p>岗位职责：</p><ul>${DUTIES.map((d) => `<li>${escape(d)}</li>`).join('')}</ul></div></body></html>`;

async function inertIn(page: Page, hostSelector: string) {
  return page.evaluate((selector) => {
    const roots = [...document.querySelectorAll(selector)].map((h) => h.shadowRoot).filter((r): r is ShadowRoot => r !== null);
    const count = (css: string) => roots.reduce((n, r) => n + r.querySelectorAll(css).length, 0);
    return {
      hosts: roots.length,
      pwned: (window as { __rolelensPwned?: number }).__rolelensPwned,
      imgs: count('img'),
      scripts: count('script'),
      jsLinks: count('a[href^="javascript:" i]'),
    };
  }, hostSelector);
}

describe.skipIf(!requireChromium())('hostile page text', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const boardPages = loadSitePages().filter((p) => p.site !== 'generic');
  const zhipinList = boardPages.find((p) => p.site === 'zhipin' && p.kind === 'list')!;
  const hostileListUrl = `${zhipinList.url}&rolelens=hostile`;

  beforeAll(async () => {
    server = await fixtureServer(pageHosts(boardPages));
    routeSitePages(server, boardPages);
    server.route(DETAIL_URL, DETAIL_HTML);
    // A list whose first two card titles carry the payload as text.
    const [first, second] = zhipinList.expected.titles ?? [];
    server.route(
      hostileListUrl,
      zhipinList.html.replace(`>${first}<`, `>${escape(PAYLOAD)}${first}<`).replace(`>${second}<`, `>${second}${escape(PAYLOAD)}<`),
    );
    session = await launchExtension({ server });
  });

  afterAll(async () => {
    expect(await closeAndCollectLeaks(session, server)).toEqual([]);
  });

  it('stays text in the panel, the in-page selection panel and the popup', async () => {
    const { page, tabId } = await openTab(session, DETAIL_URL);
    try {
      await page.locator('rolelens-panel .rl-gauge__number').waitFor();
      expect(await inertIn(page, 'rolelens-panel')).toEqual({ hosts: 1, pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0 });

      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.desc')!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await dispatchMenuClick(session, tabId, { menuItemId: 'rolelens-analyze-selection', selectionText: 'x' });
      await page.locator('rolelens-selection .rl-gauge__number').waitFor();
      expect(await inertIn(page, 'rolelens-selection')).toEqual({ hosts: 1, pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0 });

      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('.rl-analysis').first().waitFor();
      await popup.waitForTimeout(300);
      const inPopup = await popup.evaluate(() => ({
        pwned: (window as { __rolelensPwned?: number }).__rolelensPwned,
        imgs: document.querySelectorAll('main img').length,
        scripts: document.querySelectorAll('main script').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        textShown: document.body.textContent?.includes('onerror=') ?? false,
      }));
      expect(inPopup).toEqual({ pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0, textShown: true });
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('stays out of the chips', async () => {
    const { page } = await openTab(session, hostileListUrl);
    try {
      await waitForChipCount(page, zhipinList.expected.cards ?? 0);
      const inert = await inertIn(page, 'rolelens-chip');
      expect(inert).toEqual({ hosts: zhipinList.expected.cards, pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0 });
    } finally {
      await page.close();
    }
  });
});
