// Every board in real Chromium, at its real https:// URL (mapped to the local fixture server): the
// panel and the badge on a posting, chips on a list, client-side navigation, infinite scroll.
// Expected figures come from the same adapter run in jsdom, then the analysis core, in node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeColor,
  closeAndCollectLeaks,
  type ExtensionSession,
  type FixtureServer,
  fixtureServer,
  launchExtension,
  openTab,
  requireChromium,
  sessionStorage,
  waitForBadge,
} from './harness';
import { expectedChips, expectedDetail, loadSitePages, pageHosts, routeSitePages, type SitePage } from './harness/fixtures';
import { appendCardCopies, chipsOnPage, spaNavigate, waitForChipCount, waitForPanelMix } from './harness/page-helpers';
import { BAND_COLORS } from '../../lib/extension/band-colors';
import { BOARD_ADAPTERS, BOARD_MATCHES } from '../../lib/sites';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pages = loadSitePages().filter((p) => p.site !== 'generic');
const boards = BOARD_ADAPTERS.map((a) => a.id);
const pageOf = (site: string, kind: string) => pages.find((p) => p.site === site && p.kind === kind);
const POSTING_KINDS = ['detail-2', 'detail', 'search-pane', 'search-pane-new'];

/** A client-side navigation the board can really do: two pages on one host, the second a posting. */
function navigationPair(site: string): { from: SitePage; to: SitePage } | null {
  for (const kind of POSTING_KINDS) {
    const to = pageOf(site, kind);
    if (!to || !expectedDetail(to.html, to.url)) continue;
    const host = new URL(to.url).host;
    const from = pages.find((p) => p.site === site && p !== to && new URL(p.url).host === host);
    if (from) return { from, to };
  }
  return null;
}

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

describe.skipIf(!requireChromium())('job boards in Chromium', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await fixtureServer(pageHosts(pages));
    routeSitePages(server, pages);
    session = await launchExtension({ server });
  });

  afterAll(async () => {
    expect(await closeAndCollectLeaks(session, server), 'requests that left the local fixture server').toEqual([]);
  });

  it('asks for no host permission: the content script is registered for the boards only', () => {
    const manifest = JSON.parse(readFileSync(join(session.extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'contextMenus', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...BOARD_MATCHES].sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('ignores malformed messages and keeps working', async () => {
    const extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/popup.html?view=last`);
    const replies = await extensionPage.evaluate(async () => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message).then((r: unknown) => r ?? null, () => 'no answer');
      return [await send({ type: 'analyze-posting', posting: { site: 'x' } }), await send({ type: 'eval', code: '1' }), await send('page-cleared')];
    });
    await extensionPage.close();
    // Nothing answers a malformed message (no reply, or the port closes without one).
    for (const reply of replies) expect([null, 'no answer']).toContain(reply);
    const page = pageOf(boards[0]!, 'detail')!;
    const tab = await openTab(session, page.url);
    await waitForBadge(session, tab.tabId, (t) => t !== '');
    await tab.page.close();
  });

  it('has a detail and a list fixture for every board', () => {
    for (const board of boards) {
      expect(pageOf(board, 'detail'), `${board}/detail.html`).toBeDefined();
      expect(pageOf(board, 'list'), `${board}/list.html`).toBeDefined();
    }
  });

  describe.each(boards)('%s', (board) => {
    it('shows the panel on a posting with the expected mix, and the badge says the same', async () => {
      const page = pageOf(board, 'detail')!;
      const expected = expectedDetail(page.html, page.url);
      expect(expected, 'the adapter finds the posting in jsdom').not.toBeNull();
      const { result, posting } = expected!;
      const tab = await openTab(session, page.url);
      try {
        await waitForPanelMix(tab.page, result.scores.mix);
        expect(await waitForBadge(session, tab.tabId, (t) => t !== '')).toBe(String(result.scores.mix));
        expect(hex(await badgeColor(session, tab.tabId))).toBe(BAND_COLORS[result.scores.band]);
        const stored = (await sessionStorage(session))[`tabResult:${tab.tabId}`] as { posting: { title: string; text: string; site: string } };
        expect(stored.posting.title).toBe(posting.title);
        expect(stored.posting.site).toBe(board);
        expect(stored.posting.text).toBe(posting.text);
      } finally {
        await tab.page.close();
      }
    });

    it('puts a chip on each list card: duties where the card shows some, else a title-only hint', async () => {
      const page = pageOf(board, 'list')!;
      const expected = expectedChips(page.html, page.url);
      expect(expected.length).toBeGreaterThan(0);
      const tab = await openTab(session, page.url);
      try {
        await waitForChipCount(tab.page, expected.length);
        const chips = await chipsOnPage(tab.page);
        expect(chips.map((c) => [c.domain, c.titleOnly])).toEqual(expected.map((c) => [c.domain, c.titleOnly]));
        expect(chips.filter((c) => !c.titleOnly).map((c) => c.mix)).toEqual(expected.filter((c) => !c.titleOnly).map((c) => String(c.mix)));
      } finally {
        await tab.page.close();
      }
    });

    it('follows a client-side navigation to another posting', async () => {
      const pair = navigationPair(board);
      expect(pair, `two same-host pages of ${board}, the second a posting`).not.toBeNull();
      const { from, to } = pair!;
      const target = expectedDetail(to.html, to.url)!;
      const tab = await openTab(session, from.url);
      try {
        const before = expectedDetail(from.html, from.url);
        if (before) await waitForPanelMix(tab.page, before.result.scores.mix);
        else await tab.page.waitForTimeout(500);
        await spaNavigate(tab.page, to.html, to.url);
        await waitForPanelMix(tab.page, target.result.scores.mix);
        await waitForBadge(session, tab.tabId, (t) => t === String(target.result.scores.mix));
        await expect
          .poll(async () => ((await sessionStorage(session))[`tabResult:${tab.tabId}`] as { posting: { url: string } } | undefined)?.posting.url)
          .toBe(to.url);
      } finally {
        await tab.page.close();
      }
    });

    it('gives chips to cards added by infinite scroll', async () => {
      const page = pageOf(board, 'list')!;
      const expected = expectedChips(page.html, page.url);
      const tab = await openTab(session, page.url);
      try {
        await waitForChipCount(tab.page, expected.length);
        await appendCardCopies(tab.page, 3);
        await waitForChipCount(tab.page, expected.length + 3);
      } finally {
        await tab.page.close();
      }
    });
  });
});
