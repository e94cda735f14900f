import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisResultSchema } from '../../lib/analysis/schema';
import { run } from '../../lib/cli/main';
import { parseArgs } from '../../lib/cli/args';
import { guessTitle, isJsonLines } from '../../lib/cli/input';

const dir = mkdtempSync(join(tmpdir(), 'rolelens-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const posting = '岗位职责：\n1、负责品牌传播，提升品牌知名度；\n2、负责拉新和转化，提升复购率；\n任职要求：\n1、3年以上经验；';

describe('cli arguments', () => {
  it('parses options and the file', () => {
    expect(parseArgs(['--format', 'jsonl', '--unit=line', '--lang', 'en', 'a.txt'])).toEqual({ format: 'jsonl', unit: 'line', lang: 'en', file: 'a.txt', help: false });
    expect(parseArgs(['--title', '市场专员']).title).toBe('市场专员');
  });
  it.each([
    [['--format', 'xml'], /--format/],
    [['--colour', 'red'], /unknown option --colour/],
    [['--unit'], /needs a value/],
    [['a', 'b'], /at most one FILE/],
  ])('rejects %o', (argv, message) => {
    const { code, err } = cli(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });
  it('prints usage with --help', () => {
    expect(cli('--help').out).toMatch(/Usage: npm run analyze/);
  });
});

describe('cli input', () => {
  it('detects JSON Lines only when the first line is a JSON object', () => {
    expect(isJsonLines('{"id":"a","text":"x"}\n')).toBe(true);
    expect(isJsonLines('\n\n{"id":"a","text":"x"}')).toBe(true);
    expect(isJsonLines('岗位职责：{不是JSON}')).toBe(false);
    expect(isJsonLines('[1,2]')).toBe(false);
  });

  it.each([
    ['市场运营经理\n岗位职责：\n1、负责品牌传播', '市场运营经理'],
    ['Senior Growth Marketer\n\nWhat you will do\n- Grow retention', 'Senior Growth Marketer'],
    ['岗位职责：\n1、负责品牌传播', undefined],
    ['1、负责品牌传播，提升知名度；\n2、提升转化率', undefined],
    ['我们正在寻找一位热爱内容的伙伴，和我们一起打造一个面向年轻人的生活方式品牌，欢迎加入。', undefined],
  ])('takes the first line of %j as the title: %s', (text, title) => {
    expect(guessTitle(text)).toBe(title);
  });

  it('reads the title from a plain posting, or from --title', () => {
    const path = file('titled.txt', `品牌市场专员\n${posting}`);
    expect(JSON.parse(cli('--format', 'json', path).out).title).toBe('品牌市场专员');
    expect(JSON.parse(cli('--format', 'json', '--title', '用户运营', path).out).title).toBe('用户运营');
  });

  it('prints a text report of a plain posting', () => {
    const { code, out } = cli(file('p.txt', posting), '--lang', 'zh');
    expect(code).toBe(0);
    expect(out).toMatch(/混合度/);
    expect(out).toMatch(/M = 市场/);
  });

  it('prints one schema-valid JSON line per item, in input order, with its id', () => {
    const input = [
      JSON.stringify({ id: 'b', title: '市场专员', text: posting }),
      JSON.stringify({ id: 'a', text: 'Grow brand awareness through PR.\nImprove retention of new users.' }),
    ].join('\n');
    const { code, out } = cli('--format', 'jsonl', file('items.jsonl', input));
    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['b', 'a']);
    for (const line of lines) {
      const { id: _id, ...result } = line;
      expect(AnalysisResultSchema.safeParse(result).success).toBe(true);
      expect(line.scores).toHaveProperty('mix');
      expect(line.verdict).toHaveProperty('zh');
    }
    expect(lines[0].title).toBe('市场专员');
  });

  it('--unit line classifies each text as exactly one duty, whatever its wording', () => {
    const input = [
      JSON.stringify({ id: '1', text: '3年以上市场经验，本科学历' }),
      JSON.stringify({ id: '2', text: '岗位职责：\n1、负责品牌传播\n2、提升转化' }),
    ].join('\n');
    const { out } = cli('--format', 'jsonl', '--unit', 'line', file('lines.jsonl', input));
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.duties.length)).toEqual([1, 1]);
    expect(lines[0].duties[0].text).toBe('3年以上市场经验，本科学历');
  });

  it('names bad JSONL lines, analyses the others and exits non-zero', () => {
    const input = [JSON.stringify({ id: 'ok', text: '负责品牌传播' }), '{not json', JSON.stringify({ id: 'x' }), JSON.stringify({ id: 'ok2', text: '提升转化率' })].join('\n');
    const { code, out, err } = cli('--format', 'jsonl', file('bad.jsonl', input));
    expect(code).toBe(1);
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 3: .*"text"/);
    expect(out.split('\n').map((l) => JSON.parse(l).id)).toEqual(['ok', 'ok2']);
  });

  it.each([
    ['an unreadable file', [join(dir, 'missing.txt')], /cannot read .*no such file/],
    ['a directory', [dir], /cannot read .*directory/],
    ['an empty input', [file('empty.txt', ' \n ')], /is empty/],
  ])('reports %s clearly', (_name, argv, message) => {
    const { code, err } = cli(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
