// `npm run bench:browser`: the content script's main-thread time in real Chromium, read from the
// `rolelens:*` performance measures the script records in the page, on each board's list fixture
// grown to 100 cards and its detail fixture grown to a long posting (300+ duty lines); plus the
// content script's size as `wxt build` emits it and the popup's time to render an analysis.
// The analysis itself runs in the background, off the page's main thread (see `npm run bench`).
// Targets: under 16 ms (one frame) for 100 cards; content script under 100 KB; popup under 100 ms.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BOARD_ADAPTERS, adapterForUrl } from '../lib/sites';
import { findPosting } from '../lib/extension/find-posting';
import {
  EXTENSION_DIR,
  chromiumAvailable,
  fixtureServer,
  launchExtension,
  openTab,
  type ExtensionSession,
} from '../test/e2e/harness';
import { jsdomOf, loadSitePages, pageHosts, type SitePage } from '../test/e2e/harness/fixtures';

const CARDS = 100;
const LONG_LINES = 300;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FRAME_MS = 16;
const SIZE_LIMIT = 100_000;
/** Everything the script does on the page's main thread (`place` includes the layout it reads). */
const TOP_LEVEL = ['rolelens:run', 'rolelens:chips', 'rolelens:panel', 'rolelens:place', 'rolelens:tint'];
/** The work a list of cards costs: reading the cards and drawing their chips (`cards` is inside `run`). */
const CARD_WORK = ['rolelens:cards', 'rolelens:chips'];

/** The child of the cards' common container that holds each card (cards may sit in wrappers). */
function cardItems(cards: Element[]): Element[] {
  const [first, second] = cards;
  if (!first || !second) return cards;
  let container: Element | null = first.parentElement;
  while (container && !container.contains(second)) container = container.parentElement;
  return cards.map((card) => {
    let item = card;
    while (item.parentElement && item.parentElement !== container) item = item.parentElement;
    return item;
  });
}

function listWithCards(page: SitePage, count: number): string | null {
  const url = new URL(page.url);
  const doc = jsdomOf(page.html, page.url);
  const adapter = adapterForUrl(url);
  const items = cardItems(adapter?.listCards(doc, url).map((c) => c.element) ?? []);
  const last = items[items.length - 1];
  if (!adapter || !last) return null;
  for (let i = items.length; i < count; i++) last.parentElement!.append(items[i % items.length]!.cloneNode(true));
  const html = `<!doctype html>${doc.documentElement.outerHTML}`;
  const check = adapter.listCards(jsdomOf(html, page.url), url).length;
  return check >= count ? html : null;
}

function longDetail(page: SitePage, lines: number): string | null {
  const url = new URL(page.url);
  const doc = jsdomOf(page.html, page.url);
  const adapter = adapterForUrl(url);
  const extraction = adapter ? findPosting(adapter, doc, url) : null;
  const anchor = extraction?.segments.find((s) => s.end - s.start > 8)?.node;
  if (!adapter || !anchor?.parentElement) return null;
  const parent = anchor.parentElement;
  const asBlock = /^(LI|P|DIV)$/.test(parent.tagName) && parent.childNodes.length === 1;
  let after: Node = asBlock ? parent : anchor;
  for (let i = 0; i < lines; i++) {
    const text = `${anchor.data.trim()}（${i + 1}）`;
    if (asBlock) {
      const copy = parent.cloneNode(false) as Element;
      copy.textContent = text;
      after.parentNode!.insertBefore(copy, after.nextSibling);
      after = copy;
    } else {
      const br = doc.createElement('br');
      const line = doc.createTextNode(text);
      after.parentNode!.insertBefore(br, after.nextSibling);
      br.after(line);
      after = line;
    }
  }
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

interface Timing {
  total: number;
  cards: number;
  byName: Record<string, number>;
  longest: number;
}

async function measures(page: Page): Promise<Timing> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('measure').filter((m) => m.name.startsWith('rolelens:')).map((m) => [m.name, m.duration] as const),
  );
  const byName: Record<string, number> = {};
  for (const [name, duration] of entries) byName[name] = (byName[name] ?? 0) + duration;
  const top = entries.filter(([name]) => TOP_LEVEL.includes(name));
  const cards = entries.filter(([name]) => CARD_WORK.includes(name)).reduce((sum, [, d]) => sum + d, 0);
  return { total: top.reduce((sum, [, d]) => sum + d, 0), cards, byName, longest: Math.max(0, ...top.map(([, d]) => d)) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function timePage(session: ExtensionSession, url: string, ready: (page: Page) => Promise<void>): Promise<Timing[]> {
  const runs: Timing[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { page } = await openTab(session, url);
    await ready(page);
    await page.waitForTimeout(400); // let the debounced re-run (if any) finish
    runs.push(await measures(page));
    await page.close();
  }
  return runs;
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.error('bench:browser needs Chromium at /usr/bin/chromium (apt-get install -y chromium)');
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
  const pages = loadSitePages().filter((p) => p.site !== 'generic');
  const server = await fixtureServer(pageHosts(pages));
  const plan: { board: string; kind: 'list' | 'detail'; url: string }[] = [];
  // BENCH_BOARDS=boss,lagou measures only those boards (quicker rounds while tuning one thing).
  const only = process.env.BENCH_BOARDS?.split(',').filter(Boolean);
  for (const board of BOARD_ADAPTERS.map((a) => a.id).filter((id) => !only?.length || only.includes(id))) {
    const list = pages.find((p) => p.site === board && p.kind === 'list');
    const detail = pages.find((p) => p.site === board && p.kind === 'detail');
    const listHtml = list && listWithCards(list, CARDS);
    if (list && listHtml) {
      const url = `${list.url}${list.url.includes('?') ? '&' : '?'}rolelens-bench=${CARDS}`;
      server.route(url, listHtml);
      plan.push({ board, kind: 'list', url });
    } else console.warn(`[bench] ${board}: could not grow the list fixture to ${CARDS} cards`);
    const detailHtml = detail && longDetail(detail, LONG_LINES);
    if (detail && detailHtml) {
      server.route(detail.url, detailHtml);
      plan.push({ board, kind: 'detail', url: detail.url });
    } else console.warn(`[bench] ${board}: could not grow the detail fixture`);
  }

  const session = await launchExtension({ server });
  const rows: string[] = [];
  let worstList = 0;
  try {
    for (const item of plan) {
      const ready =
        item.kind === 'list'
          ? (page: Page) =>
              page.waitForFunction((n) => document.querySelectorAll('rolelens-chip').length >= n, CARDS, { timeout: 30_000 }).then(() => undefined)
          : (page: Page) => page.locator('rolelens-panel .rl-gauge__number').waitFor({ timeout: 30_000 });
      const runs = await timePage(session, item.url, ready);
      const total = median(runs.map((r) => r.total));
      const longest = median(runs.map((r) => r.longest));
      const cards = median(runs.map((r) => r.cards));
      if (item.kind === 'list') worstList = Math.max(worstList, cards);
      const parts = Object.keys(runs[0]?.byName ?? {})
        .sort()
        .map((name) => `${name.slice('rolelens:'.length)} ${median(runs.map((r) => r.byName[name] ?? 0)).toFixed(2)}`)
        .join(', ');
      const cardPart = item.kind === 'list' ? `  cards ${ms(cards).padStart(9)}` : ''.padEnd(17);
      rows.push(`${item.board.padEnd(9)} ${(item.kind === 'list' ? `list, ${CARDS} cards` : `detail, ${LONG_LINES}+ lines`).padEnd(20)} total ${ms(total).padStart(9)}${cardPart}  longest ${ms(longest).padStart(9)}  (${parts})`);
    }

    // The popup's time from its first script to an analysis on screen, on a stored tab result. `ready` is
    // when the first screen (gauge, verdict, badges, each domain's first duties) was painted; `complete`
    // when every duty is on screen, checked against the stored result's count.
    const detailItem = plan.find((p) => p.kind === 'detail');
    let popupMs = Number.NaN;
    let popupRead = Number.NaN;
    let popupComplete = Number.NaN;
    let popupRuns: number[] = [];
    const popupDuties: string[] = [];
    if (detailItem) {
      const { page, tabId } = await openTab(session, detailItem.url);
      await page.locator('rolelens-panel .rl-gauge__number').waitFor();
      const times: number[] = [];
      const reads: number[] = [];
      const completes: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const popup = await session.context.newPage();
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
        // Let the popup paint before asking it anything: the first evaluate injects Playwright's script into the
        // page, and its default per-frame polling runs there too; a real popup has neither.
        await popup.waitForTimeout(400);
        await popup.waitForFunction(() => performance.getEntriesByName('rolelens:popup-complete').length > 0, undefined, { timeout: 15_000, polling: 100 });
        // No named helpers inside: tsx wraps them in a __name() the page does not have.
        const [start, ready, read, complete] = await popup.evaluate(() =>
          ['start', 'ready', 'read', 'complete'].map((name) => performance.getEntriesByName(`rolelens:popup-${name}`)[0]?.startTime ?? Number.NaN),
        );
        times.push(ready! - start!);
        reads.push(read! - start!);
        completes.push(complete! - start!);
        const [shown, stored] = await popup.evaluate(async (id) => {
          const value = (await chrome.storage.session.get(`tabResult:${id}`))[`tabResult:${id}`] as { result?: { duties?: unknown[] } } | undefined;
          return [document.querySelectorAll('.rl-duty').length, value?.result?.duties?.length ?? -1];
        }, tabId);
        popupDuties.push(shown === stored ? `${shown}` : `${shown} of ${stored}`);
        await popup.close();
      }
      popupRuns = times;
      popupMs = median(times);
      popupRead = median(reads);
      popupComplete = median(completes);
      await page.close();
    }

    const size = statSync(join(EXTENSION_DIR, 'content-scripts', 'content.js')).size;
    console.log(`Role Lens browser benchmark (Chromium, headless, median of ${ROUNDS} runs; main-thread time of the content script from its rolelens:* measures)\n`);
    for (const row of rows) console.log(row);
    console.log('');
    console.log(`100 cards (read the cards + draw the chips), worst board: ${ms(worstList)} (target < ${FRAME_MS} ms: ${worstList < FRAME_MS ? 'met' : 'MISSED'})`);
    console.log(`content script size: ${(size / 1000).toFixed(2)} kB (${size} bytes; target < 100 kB: ${size < SIZE_LIMIT ? 'met' : 'MISSED'})`);
    console.log(
      `popup: analysis on screen ${ms(popupMs)} after its script starts (target < 100 ms: ${popupMs < 100 ? 'met' : 'MISSED'}; runs ${popupRuns.map((t) => t.toFixed(0)).join(', ')}; settings and stored first screen read at ${ms(popupRead)}; every duty on screen at ${ms(popupComplete)}; duties shown per run: ${popupDuties.join(', ')})`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
