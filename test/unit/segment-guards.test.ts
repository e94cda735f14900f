// The character guards in front of the wording regexes must never hide a match: wherever a regex matches, its
// guard has to allow it. Texts are built from the regexes' own literal pieces, alone, in pairs and with filler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardScan, type Guard } from '../../lib/analysis/segment/unit-table';
import { ZH_GUARDS } from '../../lib/analysis/segment/wording-zh';

/** Runs of CJK characters in a regex source: its literal words ("经验", "优先", …). */
function literalPieces(re: RegExp): string[] {
  return [...new Set(re.source.match(/[\u3400-\u9fff]+/gu) ?? [])];
}

const ALL_PIECES = [...new Set(Object.values(ZH_GUARDS).flatMap((g: Guard) => literalPieces(g.re)))];

function expectGuardAllows(name: string, g: Guard, text: string): void {
  const re = new RegExp(g.re.source, g.re.flags.replace('g', ''));
  // An empty match (the optional modifiers) asks nothing of the text.
  if (re.exec(text)?.[0]) expect(g.mayMatch(text), `${name} hides a match in "${text}"`).toBe(true);
}

describe('wording guards', () => {
  for (const [name, g] of Object.entries(ZH_GUARDS)) {
    it(`${name}: every match has a unit of its guard where it needs one`, () => {
      const pieces = literalPieces(g.re);
      let matched = 0;
      for (const a of pieces) {
        for (const b of [...pieces, '', '的', '强']) {
          for (const text of [a + b, `${a}与${b}`, `内容${a}${b}`, `${a}${b}工作`, `3年${a}`]) {
            expectGuardAllows(name, g, text);
            if (new RegExp(g.re.source, 'u').exec(text)?.[0]) matched++;
          }
        }
      }
      // The texts above do reach the regex: the test would notice a guard that is too strict.
      expect(matched).toBeGreaterThan(0);
    });
  }

  it('hold on random texts made of the regexes’ own words', () => {
    const piece = fc.constantFrom(...ALL_PIECES, '，', '；', ' ', '3', '年', '的', '强', '有', '对', '能');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (const [name, g] of Object.entries(ZH_GUARDS)) expectGuardAllows(name, g, text);
      }),
      { numRuns: 3000 },
    );
  });

  it('one scan answers for several guards exactly as each guard does', () => {
    const guards = [ZH_GUARDS.TRAIT, ZH_GUARDS.CATCH_ALL, ZH_GUARDS.EARLY_REQ, ZH_GUARDS.STRONG_REQ, ZH_GUARDS.REQ_ANY];
    const scan = guardScan(guards);
    const piece = fc.constantFrom(...ALL_PIECES, '负责', '真', '负', '力', '，', ' ', '的');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const mask = scan(text);
        guards.forEach((g, b) => expect((mask >> b) & 1, `guard ${b} on "${text}"`).toBe(g.mayMatch(text) ? 1 : 0));
      }),
      { numRuns: 3000 },
    );
    expect(() => guardScan([ZH_GUARDS.HAVE])).toThrow();
  });

  it('rule texts out without running the regex', () => {
    expect(ZH_GUARDS.REQ_ANY.mayMatch('策划品牌活动')).toBe(false);
    expect(ZH_GUARDS.REQ_ANY.mayMatch('有相关经验')).toBe(true);
    expect(ZH_GUARDS.TRAIT_END.mayMatch('沟通能力')).toBe(true);
    expect(ZH_GUARDS.TRAIT_END.mayMatch('沟通能力佳的')).toBe(false);
    // A pair guard: 负责 opens most duty lines, but only 认真负责 / 工作负责 / 负责任 are traits.
    expect(ZH_GUARDS.TRAIT.mayMatch('负责品牌推广活动')).toBe(false);
    expect(ZH_GUARDS.TRAIT.mayMatch('工作认真负责')).toBe(true);
    expect(ZH_GUARDS.TRAIT.mayMatch('执行力')).toBe(true);
  });
});
