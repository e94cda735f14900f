// The popup on real job-board fixture pages (content script present): opened as popup.html?tabId=N,
// it shows that tab's posting with the same score, duty sections and cue words the core computes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureServer, launchExtension, openTab, requireChromium, waitForBadge, type ExtensionSession, type FixtureServer } from './harness';
import { expectedDetail, loadSitePages, pageHosts, routeSitePages } from './harness/fixtures';
import { seriousAxeViolations } from './ui-support';

const pages = loadSitePages().filter((p) => p.site !== 'generic' && p.kind.startsWith('detail'));
// One posting page a board (Chinese and English boards both).
const picked = [...new Map(pages.filter((p) => expectedDetail(p.html, p.url)).map((p) => [p.site, p])).values()];

describe.skipIf(!requireChromium())('popup on board postings', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await fixtureServer(pageHosts(pages));
    routeSitePages(server, pages);
    session = await launchExtension({ server });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('has board fixtures to test', () => {
    expect(picked.length).toBeGreaterThanOrEqual(3);
  });

  for (const sitePage of picked) {
    it(`${sitePage.site} ${sitePage.kind}: sections, score and cues of that posting`, async () => {
      const expected = expectedDetail(sitePage.html, sitePage.url)!;
      const { page, tabId } = await openTab(session, sitePage.url);
      await waitForBadge(session, tabId, (text) => text !== '');
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.rl-analysis');
      // The popup paints a short first screen, then the full result: count once every duty is on screen.
      await popup.waitForFunction(() => performance.getEntriesByName('rolelens:popup-complete').length > 0, undefined, { timeout: 15_000 });

      const { result } = expected;
      expect((await popup.textContent('.rl-gauge__number'))?.trim()).toBe(String(result.scores.mix));
      expect(await popup.textContent('.rl-popup__source')).toContain('From the job board page');
      const perSection = await popup.$$eval('.rl-section', (els) =>
        els.map((e) => [(e as HTMLElement).dataset.domain, e.querySelectorAll('.rl-duty').length] as const),
      );
      for (const [domain, count] of perSection) {
        expect(count, domain).toBe(result.duties.filter((d) => d.domain === domain).length);
      }
      const cuesShown = await popup.$$eval('mark.rl-cue', (els) => els.map((e) => e.textContent));
      const cueCount = result.duties.reduce((n, d) => n + (d.cues.length ? 1 : 0), 0);
      if (cueCount > 0) expect(cuesShown.length).toBeGreaterThan(0);
      expect(await popup.textContent('.rl-how__mix')).toContain(String(result.scores.mix));
      expect(await seriousAxeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
