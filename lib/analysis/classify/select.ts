// Keep only the domain matches that stand on their own: a cue found inside a longer cue
// ("运营" inside "用户运营", "brand" inside "brand awareness") says less than the longer one.
import type { CueMatch } from '../lexicon';

/** Whether `inner` lies inside a visible part of `outer`: the whole span, or the first / last part of a gapped cue. */
function liesInside(inner: CueMatch, outer: CueMatch): boolean {
  if (inner.start < outer.start || inner.end > outer.end) return false;
  const parts = outer.cue.parts;
  if (parts.length === 1) return true;
  return inner.end <= outer.start + parts[0]!.length || inner.start >= outer.end - parts[parts.length - 1]!.length;
}

/** Domain matches not contained in a longer domain match. */
export function selectDomainMatches(matches: readonly CueMatch[]): CueMatch[] {
  const domain: CueMatch[] = [];
  for (const m of matches) if (m.cue.kind === 'domain') domain.push(m);
  if (domain.length < 2) return domain;
  const kept: CueMatch[] = [];
  for (const m of domain) if (!insideLonger(m, domain)) kept.push(m);
  return kept;
}

function insideLonger(m: CueMatch, domain: readonly CueMatch[]): boolean {
  const length = m.end - m.start;
  for (const other of domain) {
    if (other !== m && other.end - other.start > length && liesInside(m, other)) return true;
  }
  return false;
}
