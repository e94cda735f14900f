// The extension sends no network request: every page of every board, the popup, the options and
// history pages, the right-click fallback; every request Chromium reports (pages, frames, the
// service worker) and everything in the pages' and the worker's resource timelines must stay on the
// local fixture server or inside the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dispatchMenuClick,
  externalRequests,
  fixtureServer,
  launchExtension,
  openTab,
  requireChromium,
  serviceWorkerFetches,
  type ExtensionSession,
  type FixtureServer,
  type RecordedRequest,
} from './harness';
import { loadSitePages, pageHosts, routeSitePages } from './harness/fixtures';
import { BOARD_ADAPTERS } from '../../lib/sites';

describe.skipIf(!requireChromium())('no network', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const pages = loadSitePages().filter((p) => p.site !== 'generic');
  const pageTimelines: RecordedRequest[] = [];

  beforeAll(async () => {
    server = await fixtureServer(pageHosts(pages));
    routeSitePages(server, pages);
    server.route('https://notes.example.test/n.html', '<!doctype html><p id="t">负责品牌传播，提升品牌知名度</p>');
    session = await launchExtension({ server });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('stays on the local server and inside the extension everywhere it runs', async () => {
    for (const fixture of pages) {
      const { page } = await openTab(session, fixture.url);
      await page.waitForFunction(() => document.querySelector('rolelens-panel, rolelens-chip') !== null, undefined, { timeout: 15_000 });
      await page.waitForTimeout(200);
      const timeline = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      pageTimelines.push(...timeline.map((url) => ({ url, from: 'page' as const })));
      await page.close();
    }
    const { page, tabId } = await openTab(session, 'https://notes.example.test/n.html');
    await dispatchMenuClick(session, tabId, { menuItemId: 'rolelens-analyze-selection', selectionText: '负责品牌传播，提升品牌知名度' });
    for (const view of ['popup.html?view=last', `popup.html?tabId=${tabId}`, 'options.html', 'analysis-history.html']) {
      const extensionPage = await session.context.newPage();
      await extensionPage.goto(`chrome-extension://${session.extensionId}/${view}`);
      await extensionPage.waitForTimeout(400);
      const timeline = await extensionPage.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      pageTimelines.push(...timeline.map((url) => ({ url, from: 'page' as const })));
      await extensionPage.close();
    }
    await page.close();

    const all = [...session.requests, ...pageTimelines, ...(await serviceWorkerFetches(session))];
    expect(all.length).toBeGreaterThan(pages.length); // the recorder saw the fixture pages themselves
    const external = externalRequests(all, server);
    console.info(`[no-network] requests recorded: ${all.length}; requests that left the local server: ${external.length}`);
    expect(external).toEqual([]);
    // And no posting page was fetched that the test did not open (chips never fetch detail pages).
    const opened = new Set(pages.map((p) => p.url));
    const fetchedPostings = server.requests
      .map((r) => new URL(`https://${r.host}${r.path}`))
      .filter((url) => BOARD_ADAPTERS.some((a) => a.isJobPage(url)) && !opened.has(url.href));
    expect(fetchedPostings.map(String)).toEqual([]);
  });
});
