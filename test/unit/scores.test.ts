import { describe, expect, it } from 'vitest';
import { bandOf, computeScores, countDomains, mixScore, seniorityFit, titleFit } from '../../lib/analysis/scores';
import { readTitle } from '../../lib/analysis/title';
import type { Domain, Level } from '../../lib/analysis/schema';

const repeat = <T,>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

describe('mix formula', () => {
  it.each([
    // [marketing, operations, shared, expected mix]
    [0, 0, 0, 0],
    [4, 0, 0, 0],
    [0, 3, 0, 0],
    [2, 2, 0, 100],
    [3, 1, 0, 50],
    [1, 1, 2, 100],
    [2, 0, 2, 50], // M = 3, O = 1
    [5, 1, 1, 43], // M = 5.5, O = 1.5 → 2·1.5/7 = 0.4286
  ])('marketing %i, operations %i, shared %i → %i', (m, o, s, expected) => {
    const counts = countDomains([...repeat<Domain>('marketing', m), ...repeat<Domain>('operations', o), ...repeat<Domain>('shared', s)]);
    expect(mixScore(counts).mix).toBe(expected);
  });

  it('counts half of each shared duty on both sides', () => {
    expect(mixScore(countDomains(['marketing', 'shared', 'shared']))).toEqual({ M: 2, O: 1, mix: 67 });
  });
});

describe('band', () => {
  it.each([
    [0, 0, 0, 'none'],
    [0, 3, 0, 'clear'],
    [29, 3, 1, 'clear'],
    [30, 3, 1, 'leaning'],
    [59, 3, 1, 'leaning'],
    [60, 3, 1, 'mixed'],
    [100, 1, 1, 'mixed'],
  ])('mix %i (M %i, O %i) → %s', (mix, M, O, band) => {
    expect(bandOf(mix, M, O)).toBe(band);
  });
});

describe('title fit', () => {
  const counts = (m: number, o: number, s = 0, elsewhere = 0) =>
    countDomains([...repeat<Domain>('marketing', m), ...repeat<Domain>('operations', o), ...repeat<Domain>('shared', s), ...repeat<Domain>('other', elsewhere)]);
  it.each([
    ['marketing', counts(4, 0), 'clear', 'fits'],
    ['marketing', counts(1, 4), 'leaning', 'mislabelled'],
    ['operations', counts(0, 5), 'clear', 'fits'],
    ['operations', counts(3, 3), 'mixed', 'mixed'],
    ['operations', counts(0, 1, 0, 5), 'clear', 'mislabelled'], // a 运营 title over back-office work
    ['mix', counts(2, 2), 'mixed', 'fits'],
    ['mix', counts(3, 1), 'leaning', 'fits'],
    ['mix', counts(0, 5), 'clear', 'mislabelled'],
    ['none', counts(2, 2), 'mixed', 'unknown'],
    ['marketing', counts(0, 0), 'none', 'unknown'],
  ] as const)('title %s with %o (%s) → %s', (role, c, band, expected) => {
    expect(titleFit(role, c, band)).toBe(expected);
  });
});

describe('seniority fit', () => {
  it.each([
    ['senior', [...repeat<Level>('execution', 4), 'chores'], 'inflated'],
    ['senior', ['strategy', 'execution', 'execution', 'execution'], 'fits'],
    ['senior', ['management', 'tactics', 'execution'], 'fits'],
    ['junior', ['strategy', 'management', 'execution', 'execution'], 'understated'],
    ['junior', ['execution', 'execution', 'chores'], 'fits'],
    ['none', ['strategy'], 'unknown'],
    ['senior', [], 'unknown'],
  ] as const)('%s title with %o → %s', (seniority, levels, expected) => {
    expect(seniorityFit(seniority, [...levels])).toBe(expected);
  });
});

describe('title reading', () => {
  it.each([
    ['市场运营经理', 'mix', 'senior'],
    ['品牌市场专员', 'marketing', 'junior'],
    ['高级用户运营', 'operations', 'senior'],
    ['社群运营实习生', 'operations', 'junior'],
    ['Java开发工程师', 'none', 'none'],
    ['Senior Brand Marketing Manager', 'marketing', 'senior'],
    ['Community Manager', 'operations', 'senior'],
    ['Marketing & Growth Lead', 'mix', 'senior'],
    ['Marketing Coordinator', 'marketing', 'junior'],
    ['Associate Director, Communications', 'marketing', 'senior'],
    ['Office Administrator', 'none', 'none'],
  ] as const)('%s → role %s, seniority %s', (title, role, seniority) => {
    const info = readTitle(title);
    expect(info.role).toBe(role);
    expect(info.seniority).toBe(seniority);
    for (const m of info.markers) expect(title.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps marker offsets on the title as given (full-width)', () => {
    const title = 'ＶＰ 市场部';
    const info = readTitle(title);
    for (const m of info.markers) expect(title.slice(m.start, m.end)).toBe(m.text);
    expect(info.seniority).toBe('senior');
  });
});

describe('computeScores', () => {
  it('puts spill-over at the share of sales and product duties', () => {
    const scores = computeScores(['marketing', 'sales', 'product', 'operations'], repeat<Level>('execution', 4), readTitle('市场专员'));
    expect(scores.spillover).toBe(0.5);
    expect(scores.counts).toEqual({ marketing: 1, operations: 1, shared: 0, sales: 1, product: 1, other: 0 });
  });
});
