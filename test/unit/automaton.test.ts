// The packed Aho–Corasick automaton (code classes + double array) must report exactly what a naive
// substring search finds: every (part, end) pair, on random part sets and texts over small alphabets
// where parts share prefixes and suffixes and fail links chain deeply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, step, type Automaton } from '../../lib/analysis/automaton';

/** Every occurrence as "partId@end", found by stepping the automaton. */
function automatonHits(a: Automaton, text: string): string[] {
  const hits: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = step(a, state, a.classOf[text.charCodeAt(i)]!);
    for (let k = a.outFirst[state]!; k < a.outFirst[state + 1]!; k++) hits.push(`${a.outIds[k]}@${i + 1}`);
  }
  return hits.sort();
}

/** Every occurrence as "partId@end", by indexOf at every position. */
function naiveHits(parts: readonly string[], text: string): string[] {
  const hits: string[] = [];
  parts.forEach((part, id) => {
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) hits.push(`${id}@${at + part.length}`);
  });
  return hits.sort();
}

// Latin letters, Han characters and a code far up the BMP: classes are assigned per code, not by range.
const letter = fc.constantFrom('a', 'b', 'c', ' ', '品', '牌', '运', '营', '\uffe5');
const word = (max: number) => fc.array(letter, { minLength: 1, maxLength: max }).map((cs) => cs.join(''));
const partSet = fc.uniqueArray(word(6), { minLength: 1, maxLength: 40 });

describe('lexicon automaton', () => {
  it('finds exactly the occurrences a naive search finds', () => {
    fc.assert(
      fc.property(partSet, fc.array(word(30), { maxLength: 4 }), (parts, texts) => {
        const a = buildAutomaton(parts);
        // Texts also contain codes in no part ('x', '!'), which send the automaton back to the root.
        for (const text of [...texts, texts.join('x'), texts.join('!')]) expect(automatonHits(a, text)).toEqual(naiveHits(parts, text));
      }),
      { numRuns: 400 },
    );
  });

  it('numbers the states that complete a part after all the others', () => {
    fc.assert(
      fc.property(partSet, (parts) => {
        const a = buildAutomaton(parts);
        for (let s = 0; s < a.fail.length; s++) expect(a.outFirst[s + 1]! > a.outFirst[s]!).toBe(s >= a.firstWithOutput);
      }),
      { numRuns: 200 },
    );
  });

  it('handles parts that are prefixes and suffixes of each other', () => {
    const parts = ['a', 'aa', 'aaa', 'ba', 'aab', '运营', '用户运营', '营'];
    const a = buildAutomaton(parts);
    for (const text of ['aaaa', 'baaab', 'abababa', '用户运营运营', '营运营营', 'x用户x运营']) expect(automatonHits(a, text)).toEqual(naiveHits(parts, text));
  });

  it('maps codes in no part to class 0 and stays at the root on them', () => {
    const a = buildAutomaton(['ab']);
    expect(a.classOf['z'.charCodeAt(0)]).toBe(0);
    const afterA = step(a, 0, a.classOf['a'.charCodeAt(0)]!);
    expect(afterA).not.toBe(0);
    expect(step(a, afterA, 0)).toBe(0);
  });
});
