// Loads the saved pages under test/fixtures/sites/<id>/ into their own jsdom windows, at the URL
// expected.json gives them (scripts never run: jsdom's default).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const FIXTURE_ROOT = resolve(__dirname, '../../fixtures/sites');

const PageExpectation = z.strictObject({
  url: z.url(),
  title: z.string().optional(),
  company: z.string().optional(),
  salary: z.string().optional(),
  location: z.string().optional(),
  textIncludes: z.array(z.string()).optional(),
  textExcludes: z.array(z.string()).optional(),
  /** false when the text can only come from embedded JSON (no page Text nodes). */
  domSegments: z.boolean().optional(),
  cards: z.number().int().optional(),
  withSnippet: z.number().int().optional(),
  titles: z.array(z.string()).optional(),
});
export type PageExpectation = z.infer<typeof PageExpectation>;
export const Expected = z.record(z.string(), PageExpectation);

export interface LoadedPage {
  site: string;
  kind: string;
  expected: PageExpectation;
  doc: Document;
  url: URL;
}

type JsdomCtor = new (html: string, options: { url: string }) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

export function fixtureSites(): string[] {
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readExpected(site: string): z.infer<typeof Expected> {
  return Expected.parse(JSON.parse(readFileSync(join(FIXTURE_ROOT, site, 'expected.json'), 'utf8')));
}

export function fixturePath(site: string, kind: string): string {
  return join(FIXTURE_ROOT, site, `${kind}.html`);
}

export function hasFixture(site: string, kind: string): boolean {
  return existsSync(fixturePath(site, kind));
}

export function loadHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

export function loadPage(site: string, kind: string): LoadedPage {
  const expected = readExpected(site)[kind];
  if (!expected) throw new Error(`${site}/expected.json has no "${kind}"`);
  const html = readFileSync(fixturePath(site, kind), 'utf8');
  return { site, kind, expected, doc: loadHtml(html, expected.url), url: new URL(expected.url) };
}

export function allPages(): Array<{ site: string; kind: string }> {
  return fixtureSites().flatMap((site) => Object.keys(readExpected(site)).map((kind) => ({ site, kind })));
}
