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

/**
 * Domain matches not contained in a longer domain match; `matches` in the lexicon's order (by start, longer
 * first). Matches come by start, longer first: a longer match that holds another starts no later and, on
 * the same start, ends later, so it stands before it. Only the KEPT earlier matches need looking at: a
 * dropped one lies inside a longer kept one, which then holds whatever lies inside the dropped one too.
 */
export function selectDomainMatches(matches: readonly CueMatch[]): CueMatch[] {
  let longest = 0;
  for (const m of matches) if (m.end - m.start > longest) longest = m.end - m.start;
  const kept: CueMatch[] = [];
  for (const m of matches) if (m.cue.kind === 'domain' && !insideAny(m, kept, longest)) kept.push(m);
  return kept;
}

/**
 * Whether a kept match holds `m`. Kept matches are in start order, and none is longer than `longest`: one that
 * starts further back than that ends before `m` starts, and so does every one before it. Looking back only that
 * far keeps a line with thousands of matches linear (it was quadratic).
 */
function insideAny(m: CueMatch, kept: readonly CueMatch[], longest: number): boolean {
  const length = m.end - m.start;
  for (let j = kept.length - 1; j >= 0; j--) {
    const other = kept[j]!;
    if (m.start - other.start > longest) break;
    if (other.end - other.start > length && liesInside(m, other)) return true;
  }
  return false;
}
