// One test per saved page: the adapter's extraction and cards match expected.json, and every
// segment maps the extracted text back to the page's Text nodes exactly.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_ADAPTERS, extractPosting, rangesForSpan } from '@/lib/sites';
import type { Extraction } from '@/lib/sites/types';
import { allPages, loadPage } from './sites/fixtures';

function adapterFor(site: string) {
  const adapter = ALL_ADAPTERS.find((candidate) => candidate.id === site);
  if (!adapter) throw new Error(`no adapter ${site}`);
  return adapter;
}

function expectSegmentsExact(extraction: Extraction, doc: Document): void {
  const { text } = extraction.posting;
  let previousEnd = 0;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const segment of extraction.segments) {
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
    expect(segment.end).toBeGreaterThan(segment.start);
    expect(doc.contains(segment.node)).toBe(true);
    expect(text.slice(segment.start, segment.end)).toBe(
      segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + segment.end - segment.start),
    );
    for (let i = segment.start; i < segment.end; i++) covered[i] = true;
    previousEnd = segment.end;
  }
  // Only the separators the linearizer inserted may lack a page node.
  const uncovered = [...text].filter((ch, i) => !covered[i] && ch !== '\n' && ch !== ' ');
  expect(uncovered.join('')).toBe('');
}

// Optional fields (salary, location) miss on purpose on some pages; keep the output readable.
beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

describe.each(allPages())('$site/$kind', ({ site, kind }) => {
  const page = loadPage(site, kind);
  const { expected } = page;
  const adapter = adapterFor(site);

  if (expected.title !== undefined) {
    it('extracts the posting', () => {
      const extraction = adapter.extract(page.doc, page.url);
      expect(extraction).not.toBeNull();
      const { posting } = extraction!;
      expect(posting.site).toBe(site);
      expect(posting.url).toBe(page.url.href);
      expect(posting.title).toBe(expected.title);
      if (expected.company !== undefined) expect(posting.company).toBe(expected.company);
      if (expected.salary !== undefined) expect(posting.salary).toBe(expected.salary);
      if (expected.location !== undefined) expect(posting.location).toBe(expected.location);
      const lines = posting.text.split('\n');
      for (const line of expected.textIncludes ?? []) expect(lines, line).toContain(line);
      for (const fragment of expected.textExcludes ?? []) expect(posting.text).not.toContain(fragment);
      // Readable lines: no blank lines, no padding, no runs of spaces.
      for (const line of lines) {
        expect(line).toBe(line.trim());
        expect(line.length).toBeGreaterThan(0);
        expect(line).not.toMatch(/\s{2}/);
      }
    });

    it('maps the text back to the page', () => {
      const extraction = adapter.extract(page.doc, page.url)!;
      if (expected.domSegments === false) {
        expect(extraction.segments).toEqual([]);
        return;
      }
      expect(extraction.segments.length).toBeGreaterThan(0);
      expectSegmentsExact(extraction, page.doc);
      // A duty line becomes Ranges whose text is that line.
      const line = expected.textIncludes!.at(-1)!;
      const start = extraction.posting.text.indexOf(line);
      const ranges = rangesForSpan(extraction.segments, start, start + line.length);
      expect(ranges.length).toBeGreaterThan(0);
      const shown = ranges.map((range) => range.toString()).join('');
      expect(shown.replace(/\s+/g, '')).toBe(line.replace(/\s+/g, ''));
    });

    if (site !== 'generic') {
      it('is what the registry extracts for this URL', () => {
        expect(extractPosting(page.doc, page.url)?.posting).toEqual(adapter.extract(page.doc, page.url)?.posting);
      });
    }
  }

  if (expected.cards !== undefined) {
    it('reads the list cards', () => {
      const cards = adapter.listCards(page.doc, page.url);
      expect(cards.map((card) => card.title)).toEqual(expected.titles);
      expect(cards).toHaveLength(expected.cards!);
      expect(cards.filter((card) => card.text.length > 0)).toHaveLength(expected.withSnippet ?? 0);
      for (const card of cards) {
        expect(page.doc.contains(card.element)).toBe(true);
        expect(card.url === undefined || /^https:\/\//.test(card.url)).toBe(true);
        expect(card.text).toBe(card.text.trim());
      }
      expect(cards.every((card) => card.url !== undefined)).toBe(true);
    });
  }
});
