// selectDomainMatches compares each match only with the matches it already kept. That must drop exactly
// what comparing with every earlier domain match drops (the rule as first written): checked here against
// that reference on random match lists, with gapped cues whose visible parts hold shorter matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectDomainMatches } from '../../lib/analysis/classify/select';
import type { CompiledCue, CueMatch } from '../../lib/analysis/lexicon';

/** The original rule: drop a domain match lying in a visible part of any longer earlier domain match. */
function reference(matches: readonly CueMatch[]): CueMatch[] {
  const domain = matches.filter((m) => m.cue.kind === 'domain');
  const liesInside = (inner: CueMatch, outer: CueMatch) => {
    if (inner.start < outer.start || inner.end > outer.end) return false;
    const parts = outer.cue.parts;
    if (parts.length === 1) return true;
    return inner.end <= outer.start + parts[0]!.length || inner.start >= outer.end - parts[parts.length - 1]!.length;
  };
  return domain.filter((m, i) => !domain.slice(0, i).some((o) => o.end - o.start > m.end - m.start && liesInside(m, o)));
}

/** Only the fields selection reads; parts stand for a cue's text between gaps (lengths matter, not letters). */
const cueOf = (kind: 'domain' | 'level', partLengths: number[]) => ({ kind, parts: partLengths.map((n) => 'x'.repeat(n)) }) as unknown as CompiledCue;

const match = fc
  .record({
    start: fc.integer({ min: 0, max: 30 }),
    kind: fc.constantFrom<'domain' | 'level'>('domain', 'domain', 'level'),
    parts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    gap: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ start, kind, parts, gap }): CueMatch => {
    const length = parts.reduce((a, b) => a + b, 0) + gap * (parts.length - 1);
    return { cue: cueOf(kind, parts), start, end: start + length };
  });

/** The lexicon's order: by start, longer first. */
const inLexiconOrder = (ms: CueMatch[]) => [...ms].sort((a, b) => a.start - b.start || b.end - a.end);

describe('selectDomainMatches', () => {
  it('drops exactly what comparing with every earlier domain match drops', () => {
    fc.assert(
      fc.property(fc.array(match, { maxLength: 14 }), (ms) => {
        const sorted = inLexiconOrder(ms);
        expect(selectDomainMatches(sorted)).toEqual(reference(sorted));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a match that only lies in the gap of a longer gapped match', () => {
    const gapped: CueMatch = { cue: cueOf('domain', [2, 2]), start: 0, end: 10 };
    const inGap: CueMatch = { cue: cueOf('domain', [3]), start: 4, end: 7 };
    const inFirstPart: CueMatch = { cue: cueOf('domain', [1]), start: 1, end: 2 };
    expect(selectDomainMatches([gapped, inFirstPart, inGap])).toEqual([gapped, inGap]);
  });
});
