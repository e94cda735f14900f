// Keep only the domain matches that stand on their own: a cue found inside a longer cue
// ("运营" inside "用户运营", "brand" inside "brand awareness") says less than the longer one.
import type { CueMatch } from '../lexicon';

/** The visible parts of a match: the whole span for a plain cue, its first and last part for a gapped one. */
function partSpans(m: CueMatch): Array<[number, number]> {
  const parts = m.cue.parts;
  if (parts.length === 1) return [[m.start, m.end]];
  return [
    [m.start, m.start + parts[0]!.length],
    [m.end - parts[parts.length - 1]!.length, m.end],
  ];
}

/** Domain matches not contained in a longer domain match (matches come ordered by start, longest first). */
export function selectDomainMatches(matches: readonly CueMatch[]): CueMatch[] {
  const domain = matches.filter((m) => m.cue.kind === 'domain');
  if (domain.length < 2) return domain;
  return domain.filter((m) => {
    const len = m.end - m.start;
    return !domain.some(
      (other) =>
        other !== m &&
        other.end - other.start > len &&
        partSpans(other).some(([s, e]) => s <= m.start && m.end <= e),
    );
  });
}
