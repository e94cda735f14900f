// Every adapter file is registered under its file name and has saved pages with expectations;
// fixtures load nothing from the network; the adapters stay small and free of extension APIs.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS, BOARD_ADAPTERS } from '@/lib/sites';
import type { SiteAdapter } from '@/lib/sites/types';
import { FIXTURE_ROOT, fixturePath, fixtureSites, hasFixture, readExpected } from './sites/fixtures';

const SITES_DIR = resolve(__dirname, '../../lib/sites');
const sourceFiles = readdirSync(SITES_DIR).filter((name) => name.endsWith('.ts'));

function isAdapter(value: unknown): value is SiteAdapter {
  const candidate = value as Partial<SiteAdapter> | null;
  return !!candidate && typeof candidate === 'object' && typeof candidate.id === 'string' && typeof candidate.extract === 'function' && typeof candidate.listCards === 'function' && Array.isArray(candidate.matches);
}

describe('adapter registry', () => {
  it('registers every adapter a file under lib/sites exports, with the file name as its id', async () => {
    const exported: string[] = [];
    for (const file of sourceFiles) {
      const module = (await import(/* @vite-ignore */ join(SITES_DIR, file))) as Record<string, unknown>;
      for (const value of Object.values(module).filter(isAdapter)) {
        if (file === 'index.ts') continue;
        expect(value.id).toBe(basename(file, '.ts'));
        expect(ALL_ADAPTERS).toContain(value);
        exported.push(value.id);
      }
    }
    expect(exported.sort()).toEqual(ALL_ADAPTERS.map((adapter) => adapter.id).sort());
  });

  it('has unique ids and seven boards', () => {
    expect(new Set(ALL_ADAPTERS.map((adapter) => adapter.id)).size).toBe(ALL_ADAPTERS.length);
    expect(BOARD_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(['51job', 'indeed', 'lagou', 'liepin', 'linkedin', 'zhaopin', 'zhipin']);
  });
});

describe('fixtures', () => {
  it('exist for every adapter and only for adapters', () => {
    expect(fixtureSites()).toEqual(ALL_ADAPTERS.map((adapter) => adapter.id).sort());
  });

  it.each(BOARD_ADAPTERS.map((adapter) => adapter.id))('%s has detail, detail-2 and list pages with expectations', (site) => {
    const expected = readExpected(site);
    for (const kind of ['detail', 'detail-2', 'list']) {
      expect(hasFixture(site, kind), `${site}/${kind}.html`).toBe(true);
      expect(expected[kind], `${site} expected.${kind}`).toBeDefined();
    }
    expect(expected.detail!.title).toBeTruthy();
    expect(expected['detail-2']!.title).toBeTruthy();
    expect(expected['detail-2']!.title).not.toBe(expected.detail!.title);
    expect(expected.list!.cards).toBeGreaterThanOrEqual(6);
  });

  it('covers the split views and the generic page kinds', () => {
    expect(Object.keys(readExpected('linkedin'))).toEqual(expect.arrayContaining(['search-pane', 'search-pane-new']));
    expect(Object.keys(readExpected('indeed'))).toContain('search-pane');
    expect(Object.keys(readExpected('generic'))).toEqual(expect.arrayContaining(['detail', 'detail-2', 'heading']));
  });

  it.each(fixtureSites())('%s: every page has an expectation and every expectation a page', (site) => {
    const pages = readdirSync(join(FIXTURE_ROOT, site)).filter((name) => name.endsWith('.html')).map((name) => basename(name, '.html'));
    expect(pages.sort()).toEqual(Object.keys(readExpected(site)).sort());
  });

  it.each(fixtureSites())('%s: pages load nothing from the network', (site) => {
    for (const kind of Object.keys(readExpected(site))) {
      const html = readFileSync(fixturePath(site, kind), 'utf8');
      expect(html, `${site}/${kind}: src`).not.toMatch(/\ssrc\s*=\s*["']?(https?:)?\/\//i);
      expect(html, `${site}/${kind}: <link>`).not.toMatch(/<link\b/i);
      expect(html, `${site}/${kind}: css url()`).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(html, `${site}/${kind}: srcset`).not.toMatch(/srcset\s*=/i);
    }
  });
});

describe('adapter sources', () => {
  it.each(sourceFiles)('%s uses zod/mini only and no extension APIs', (file) => {
    const source = readFileSync(join(SITES_DIR, file), 'utf8');
    expect(source).not.toMatch(/from ['"]zod['"]/);
    expect(source).not.toMatch(/\b(chrome|browser)\.(runtime|tabs|storage|scripting)\b|wxt\/browser/);
    expect(source).not.toMatch(/\beval\(|new Function\(|\.innerHTML\s*=/);
  });

  it.each(sourceFiles)('%s stays short', (file) => {
    expect(readFileSync(join(SITES_DIR, file), 'utf8').split('\n').length).toBeLessThan(200);
  });
});
