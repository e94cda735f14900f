import { describe, expect, it } from 'vitest';
import { csvCell, historyToCsv } from '../../lib/export/csv';
import { analysisToJson, historyToJson } from '../../lib/export/json';
import { escapeMarkdown, splitToMarkdown } from '../../lib/export/markdown';
import { safeFileName } from '../../lib/export/filename';
import { summaryOf, type HistoryEntry } from '../../lib/storage/history-migrations';
import { sampleResult, salesOnlyResult } from '../dom/ui-fixtures';

function section(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}`);
  const next = md.indexOf('\n## ', start + 3);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('splitToMarkdown', () => {
  const result = sampleResult();
  const md = splitToMarkdown(result, 'en', { title: 'Senior marketing & ops', company: 'Acme', url: 'https://jobs.example/1' });

  it('lists marketing and operations apart, with shared duties in both, marked', () => {
    const shared = result.duties.find((d) => d.domain === 'shared')!;
    const mkt = section(md, 'Marketing posting');
    const ops = section(md, 'Operations posting');
    expect(mkt).toContain(result.duties.find((d) => d.domain === 'marketing')!.text);
    expect(mkt).not.toContain(result.duties.find((d) => d.domain === 'operations')!.text);
    expect(ops).toContain(result.duties.find((d) => d.domain === 'operations')!.text);
    for (const part of [mkt, ops]) expect(part).toContain(`${shared.text} (shared)`);
  });

  it('puts sales, product and other after them as belonging elsewhere', () => {
    const elsewhere = section(md, 'Belongs elsewhere');
    expect(elsewhere).toContain('### Sales');
    expect(elsewhere).toContain('### Other');
    expect(elsewhere).not.toContain('### Product');
    expect(md.indexOf('## Belongs elsewhere')).toBeGreaterThan(md.indexOf('## Operations posting'));
  });

  it('shows scores, level tags, the link and the source, in Chinese too', () => {
    expect(md).toContain('Mix 100/100 (Mixed role)');
    expect(md).toContain('_(Strategy)_');
    expect(md).toContain('<https://jobs.example/1>');
    expect(md).toContain('鸟哥笔记');
    const zh = splitToMarkdown(result, 'zh');
    expect(zh).toContain('## 市场岗位');
    expect(zh).toContain('（交叉）');
    expect(zh).toContain(`# 职责拆分：${result.title}`);
  });

  it('says (none) for an empty side and escapes Markdown from the page', () => {
    const md2 = splitToMarkdown(salesOnlyResult(), 'en');
    expect(section(md2, 'Marketing posting')).toContain('- (none)');
    expect(escapeMarkdown('**bold** [x](y)\n#tag')).toBe('\\*\\*bold\\*\\* \\[x\\](y) \\#tag');
  });
});

function entry(over: Partial<HistoryEntry> = {}): HistoryEntry {
  const result = sampleResult();
  return { id: 'x', site: 'zhipin', url: 'https://a.example/1', title: '市场运营', at: Date.UTC(2026, 0, 2, 3, 4, 5), ...summaryOf(result), result, ...over };
}

describe('historyToCsv', () => {
  it('writes a header and one row an entry with quoting and ISO dates', () => {
    const csv = historyToCsv([entry({ company: 'A, "B" Co' }), entry({ id: 'y', title: 'line\nbreak' })], 'en');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('site,title,company,url,mix,band,titleFit,seniorityFit,marketing,operations,shared,sales,product,other,analyzedAt');
    expect(lines[1]).toBe('zhipin,市场运营,"A, ""B"" Co",https://a.example/1,100,Mixed role,Title fits,Seniority fits,1,1,1,1,0,1,2026-01-02T03:04:05.000Z');
    expect(csv).toContain('"line\nbreak"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses spreadsheet formulas from page text and localises labels', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell(-3)).toBe('-3');
    expect(historyToCsv([entry()], 'zh')).toContain('职能混杂');
  });
});

describe('JSON exports', () => {
  it('wrap the data with a kind and version and round-trip', () => {
    const at = new Date('2026-02-03T00:00:00Z');
    const one = JSON.parse(analysisToJson(sampleResult(), { site: 's', url: 'u', title: 't' }, at));
    expect(one).toMatchObject({ kind: 'rolelens-analysis', version: 1, exportedAt: at.toISOString(), posting: { site: 's', url: 'u' } });
    expect(one.result).toEqual(sampleResult());
    const many = JSON.parse(historyToJson([entry()], at));
    expect(many.kind).toBe('rolelens-history');
    expect(many.entries[0]).toEqual(entry());
  });
});

describe('safeFileName', () => {
  it('strips path and reserved characters', () => {
    const d = new Date('2026-03-04T00:00:00Z');
    expect(safeFileName('../市场/运营: "经理"', 'md', d)).toBe('市场-运营-经理-2026-03-04.md');
    expect(safeFileName('   ', 'csv', d)).toBe('rolelens-2026-03-04.csv');
  });
});
