// The docked panel as a person uses it: the generic reader on a board's non-job page, tinting of
// duty lines without touching the page, collapse remembered per site, keyboard reach, Esc, and
// never covering the site's apply button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  closeAndCollectLeaks,
  type ExtensionSession,
  fixtureServer,
  type FixtureServer,
  launchExtension,
  localStorageItems,
  openTab,
  requireChromium,
  sessionStorage,
  setLocalItems,
  waitForBadge,
} from './harness';
import { expectedDetail, loadSitePages, pageHosts, routeSitePages } from './harness/fixtures';
import { waitForPanelMix } from './harness/page-helpers';

// Our own posting (not from the corpus), on a zhipin.com page that is neither a job nor a list page.
const CAREERS_URL = 'https://www.zhipin.com/about/careers-rolelens.html';
const DUTIES = [
  '负责公司品牌传播与公关活动，提升品牌知名度与曝光',
  '策划行业展会与赞助合作，扩大品牌影响力',
  '负责社群拉新与用户留存，提升注册转化率',
  '搭建会员积分体系，提升复购率与用户活跃',
];
const CAREERS_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>加入我们 - 市场运营经理</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: '市场运营经理',
  hiringOrganization: { '@type': 'Organization', name: '示例科技' },
  description: `<p>岗位职责：</p><ul>${DUTIES.map((d) => `<li>${d}</li>`).join('')}</ul>`,
})}</script></head>
<body style="margin:0;font:16px/1.6 sans-serif">
<main style="padding:24px"><h1>市场运营经理</h1>
<section class="job-desc"><p>岗位职责：</p><ul>${DUTIES.map((d) => `<li>${d}</li>`).join('')}</ul></section>
<p><a href="#a">链接一</a> <a href="#b">链接二</a></p></main>
<button id="apply" style="position:fixed;right:16px;bottom:16px;width:320px;height:120px">立即申请</button>
</body></html>`;

describe.skipIf(!requireChromium())('the on-page panel', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const boardPages = loadSitePages().filter((p) => p.site !== 'generic');

  beforeAll(async () => {
    server = await fixtureServer(pageHosts(boardPages));
    routeSitePages(server, boardPages);
    server.route(CAREERS_URL, CAREERS_HTML);
    session = await launchExtension({ server });
  });

  afterAll(async () => {
    expect(await closeAndCollectLeaks(session, server)).toEqual([]);
  });

  it('reads a board-host page that is not a job page with the generic reader', async () => {
    const expected = expectedDetail(CAREERS_HTML, CAREERS_URL);
    expect(expected?.posting.site).toBe('generic');
    const { page, tabId } = await openTab(session, CAREERS_URL);
    try {
      await waitForPanelMix(page, expected!.result.scores.mix);
      expect(await waitForBadge(session, tabId, (t) => t !== '')).toBe(String(expected!.result.scores.mix));
      const stored = (await sessionStorage(session))[`tabResult:${tabId}`] as { source: string; posting: { title: string } };
      expect(stored.source).toBe('generic');
      expect(stored.posting.title).toBe('市场运营经理');
    } finally {
      await page.close();
    }
  });

  it('keeps clear of the apply button', async () => {
    const { page } = await openTab(session, CAREERS_URL);
    try {
      await page.locator('rolelens-panel .rl-panel').waitFor();
      const overlap = await page.evaluate(() => {
        const a = document.getElementById('apply')!.getBoundingClientRect();
        const p = document.querySelector('rolelens-panel')!.getBoundingClientRect();
        return a.left < p.right && p.left < a.right && a.top < p.bottom && p.top < a.bottom;
      });
      expect(overlap).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('tints duty lines with CSS highlights, leaving the page text and layout as they were, and remembers it', async () => {
    const { page } = await openTab(session, CAREERS_URL);
    try {
      await page.locator('rolelens-panel .rl-panel').waitFor();
      const before = await page.evaluate(() => ({
        text: document.body.innerText,
        rects: [...document.querySelectorAll('.job-desc li')].map((li) => JSON.stringify(li.getBoundingClientRect())),
        nodes: document.querySelector('.job-desc')!.innerHTML,
      }));
      await page.locator('rolelens-panel .rl-panel__tint input').check();
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('rolelens-')));
      const after = await page.evaluate(() => ({
        text: document.body.innerText,
        rects: [...document.querySelectorAll('.job-desc li')].map((li) => JSON.stringify(li.getBoundingClientRect())),
        nodes: document.querySelector('.job-desc')!.innerHTML,
        tinted: [...CSS.highlights.entries()].flatMap(([name, h]) => [...h].map((r) => [name, (r as Range).toString()])),
      }));
      expect(after.text).toBe(before.text);
      expect(after.rects).toEqual(before.rects);
      expect(after.nodes).toBe(before.nodes);
      // Each duty line is painted whole, in the colour of its domain.
      const tintedText = after.tinted.map(([, text]) => text);
      for (const duty of DUTIES) expect(tintedText).toContain(duty);
      expect(new Set(after.tinted.map(([name]) => name)).has('rolelens-marketing')).toBe(true);
      await expect.poll(async () => ((await localStorageItems(session)).settings as { tintDuties?: boolean })?.tintDuties).toBe(true);

      // A reload keeps the tint; turning it off removes every highlight.
      await page.reload();
      await page.waitForFunction(() => CSS.highlights.size > 0);
      await page.locator('rolelens-panel .rl-panel__tint input').uncheck();
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('rolelens-')));
    } finally {
      await page.close();
    }
  });

  it('collapses, and stays collapsed on this site after a reload', async () => {
    const { page } = await openTab(session, CAREERS_URL);
    try {
      const toggle = page.locator('rolelens-panel .rl-panel__head button[aria-expanded]');
      await toggle.waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await toggle.click();
      await page.locator('rolelens-panel .rl-panel--collapsed').waitFor();
      await expect.poll(async () => ((await localStorageItems(session)).settings as { collapsedSites?: string[] })?.collapsedSites).toEqual(['zhipin']);
      await page.reload();
      await page.locator('rolelens-panel .rl-panel--collapsed').waitFor();
      await page.locator('rolelens-panel .rl-panel__head button[aria-expanded]').click();
      await page.locator('rolelens-panel .rl-panel__body').waitFor();
    } finally {
      await page.close();
    }
  });

  it('speaks the chosen language on the panel and the chips, switching without a reload', async () => {
    const list = boardPages.find((p) => p.site === 'lagou' && p.kind === 'list')!;
    const { page } = await openTab(session, CAREERS_URL);
    const listTab = await openTab(session, list.url);
    try {
      // The strings come from the background at start-up: never the raw message keys.
      const brand = page.locator('rolelens-panel .rl-panel__brand');
      await brand.waitFor();
      expect(await brand.textContent()).toBe('Role Lens');
      expect(await page.locator('rolelens-panel aside').getAttribute('aria-label')).toBe('Role Lens analysis');
      await listTab.page.locator('rolelens-chip').first().waitFor();
      const chipText = () => listTab.page.locator('rolelens-chip').first().evaluate((host) => host.shadowRoot!.querySelector('.rl-chip')?.getAttribute('aria-label') ?? '');
      expect(await chipText()).toMatch(/^[A-Z][a-z]/);
      expect(await chipText()).not.toMatch(/chipLabel|domain_|band_/);
      await setLocalItems(session, { settings: { language: 'zh' } });
      await expect.poll(() => brand.textContent()).toBe('职能透镜 Role Lens');
      await expect.poll(chipText).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await setLocalItems(session, { settings: {} });
      await page.close();
      await listTab.page.close();
    }
  });

  it('is reachable with the keyboard and closes with Esc', async () => {
    const { page } = await openTab(session, CAREERS_URL);
    try {
      await page.locator('rolelens-panel .rl-panel').waitFor();
      let inPanel = false;
      for (let i = 0; i < 40 && !inPanel; i++) {
        await page.keyboard.press('Tab');
        inPanel = await page.evaluate(() => document.activeElement?.tagName === 'ROLELENS-PANEL');
      }
      expect(inPanel).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('rolelens-panel')?.shadowRoot?.querySelector('.rl-panel'));
    } finally {
      await page.close();
    }
  });

  it('follows the options: a board switched off gets nothing; chips and panel can be turned off', async () => {
    const list = boardPages.find((p) => p.site === 'lagou' && p.kind === 'list')!;
    await setLocalItems(session, { settings: { disabledBoards: ['zhipin'], showChips: false } });
    try {
      const { page, tabId } = await openTab(session, CAREERS_URL);
      await page.waitForTimeout(1000);
      expect(await page.locator('rolelens-panel').count()).toBe(0);
      expect(await badgeText(session, tabId)).toBe('');
      await page.close();
      const listTab = await openTab(session, list.url);
      await listTab.page.waitForTimeout(1000);
      expect(await listTab.page.locator('rolelens-chip').count()).toBe(0);
      // Turned back on while the page is open: the marks appear without a reload.
      await setLocalItems(session, { settings: { disabledBoards: [], showChips: true } });
      await listTab.page.locator('rolelens-chip').first().waitFor();
      await listTab.page.close();
    } finally {
      await setLocalItems(session, { settings: {} });
    }
  });

  it('does not cover the apply button on any board fixture that has one', async () => {
    for (const fixture of boardPages.filter((p) => p.kind.startsWith('detail'))) {
      const { page } = await openTab(session, fixture.url);
      try {
        await page.locator('rolelens-panel .rl-panel').waitFor();
        const covered = await page.evaluate(() => {
          const panel = document.querySelector('rolelens-panel')!.getBoundingClientRect();
          const buttons = [...document.querySelectorAll('a, button')].filter((el) => /立即沟通|申请职位|投递|^apply/i.test(el.textContent?.trim() ?? ''));
          return buttons
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.left < panel.right && panel.left < r.right && r.top < panel.bottom && panel.top < r.bottom).length;
        });
        expect(covered, fixture.url).toBe(0);
      } finally {
        await page.close();
      }
    }
  });
});
