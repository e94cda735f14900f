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

/** Domain matches not contained in a longer domain match; `matches` in the lexicon's order (by start, longer first). */
export function selectDomainMatches(matches: readonly CueMatch[]): CueMatch[] {
  const domain: CueMatch[] = [];
  for (const m of matches) if (m.cue.kind === 'domain') domain.push(m);
  if (domain.length < 2) return domain;
  const kept: CueMatch[] = [];
  for (let i = 0; i < domain.length; i++) if (!insideEarlier(domain, i)) kept.push(domain[i]!);
  return kept;
}

/**
 * Matches come by start, longer first: a longer match that holds domain[i] starts no later and, on the
 * same start, ends later, so it stands before it. Only the earlier ones need looking at.
 */
function insideEarlier(domain: readonly CueMatch[], i: number): boolean {
  const m = domain[i]!;
  const length = m.end - m.start;
  for (let j = 0; j < i; j++) {
    const other = domain[j]!;
    if (other.end - other.start > length && liesInside(m, other)) return true;
  }
  return false;
}
