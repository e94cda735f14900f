// The saved board pages (test/fixtures/sites/<site>/<kind>.html, real URLs in expected.json), served
// at their real URLs, and what the extension should show on them, computed independently in node:
// the same adapter run in jsdom, then the analysis core.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyzePosting } from '../../../lib/analysis';
import type { AnalysisResult } from '../../../lib/analysis/schema';
import { chipModelFor, type ChipModel } from '../../../lib/extension/chip-model';
import { findPosting } from '../../../lib/extension/find-posting';
import { adapterForUrl } from '../../../lib/sites';
import type { ExtractedPosting } from '../../../lib/sites/types';
import { ROOT } from './build';
import type { FixtureServer } from './server';

export const SITES_DIR = join(ROOT, 'test', 'fixtures', 'sites');

export interface SitePage {
  site: string;
  kind: string;
  url: string;
  html: string;
  expected: { title?: string; cards?: number; withSnippet?: number; titles?: string[] };
}

export function loadSitePages(): SitePage[] {
  if (!existsSync(SITES_DIR)) return [];
  const pages: SitePage[] = [];
  for (const site of readdirSync(SITES_DIR).sort()) {
    const expectedFile = join(SITES_DIR, site, 'expected.json');
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, SitePage['expected'] & { url: string }>;
    for (const [kind, info] of Object.entries(expected)) {
      const file = join(SITES_DIR, site, `${kind}.html`);
      if (existsSync(file)) pages.push({ site, kind, url: info.url, html: readFileSync(file, 'utf8'), expected: info });
    }
  }
  return pages;
}

export function pageHosts(pages: readonly SitePage[]): string[] {
  return [...new Set(pages.map((p) => new URL(p.url).hostname))];
}

export function routeSitePages(server: FixtureServer, pages: readonly SitePage[]): void {
  for (const page of pages) server.route(page.url, page.html);
}

export function jsdomOf(html: string, url: string): Document {
  return new JSDOM(html, { url, pretendToBeVisual: true }).window.document;
}

/** Adapters run in the page, where DOMParser and friends are globals; lend them jsdom's while `work` runs. */
function withPageGlobals<T>(doc: Document, work: () => T): T {
  const view = doc.defaultView as unknown as Record<string, unknown>;
  const names = ['DOMParser', 'Node', 'NodeFilter', 'Element', 'HTMLElement', 'Text', 'getComputedStyle'];
  const global = globalThis as unknown as Record<string, unknown>;
  const saved = names.map((name) => [name, global[name]] as const);
  for (const name of names) global[name] = view[name];
  try {
    return work();
  } finally {
    for (const [name, value] of saved) global[name] = value;
  }
}

export interface ExpectedDetail {
  posting: ExtractedPosting;
  result: AnalysisResult;
}

/** What the panel and the badge should show: the board's adapter on the page, then the analysis. */
export function expectedDetail(html: string, url: string): ExpectedDetail | null {
  const parsed = new URL(url);
  const adapter = adapterForUrl(parsed);
  if (!adapter) return null;
  const doc = jsdomOf(html, url);
  const extraction = withPageGlobals(doc, () => findPosting(adapter, doc, parsed));
  if (!extraction) return null;
  const { posting } = extraction;
  return { posting, result: analyzePosting({ title: posting.title, text: posting.text }) };
}

/** The chip each card should get, in page order. */
export function expectedChips(html: string, url: string): ChipModel[] {
  const parsed = new URL(url);
  const adapter = adapterForUrl(parsed);
  if (!adapter?.isListPage(parsed)) return [];
  const doc = jsdomOf(html, url);
  const cards = withPageGlobals(doc, () => adapter.listCards(doc, parsed));
  return cards.map((card) => chipModelFor(card, (input) => analyzePosting(input)));
}
