// One duty line prepared for the classifiers: normalised (lower-cased) with a map back to the
// posting, and matched against the lexicon once; the domain and level classifiers both read it.
import type { Cue } from './schema';
import type { CueMatch, Lexicon } from './lexicon';
import { normalize, toOriginalSpan, type Normalized } from './normalize';

export interface PreparedLine {
  /** The line as it stands in the posting. */
  original: string;
  /** Where the line starts in the posting, so cue offsets index the posting's original text. */
  offset: number;
  /** NFKC, half-width, lower-cased text of the line, with its map back to `original`. */
  norm: Normalized;
  /** Every lexicon match in `norm.text`, ordered by start (longest first at equal starts). */
  matches: CueMatch[];
}

export function prepareLine(original: string, offset: number, lexicon: Lexicon): PreparedLine {
  const norm = normalize(original, { lowercase: true });
  return { original, offset, norm, matches: lexicon.match(norm.text) };
}

/** Where a match stands in the posting's original text, and how the posting spells it there. */
export function cueSpan(line: PreparedLine, match: CueMatch): { text: string; start: number; end: number } {
  const span = toOriginalSpan(line.norm, match.start, match.end);
  return { text: line.original.slice(span.start, span.end), start: line.offset + span.start, end: line.offset + span.end };
}

/** Turn a match into a Cue with offsets into the posting's original text. */
export function toCue(line: PreparedLine, match: CueMatch, kind: Cue['kind'], rule: string, extra: Partial<Pick<Cue, 'domain' | 'level'>> = {}): Cue {
  const { text, start, end } = cueSpan(line, match);
  return { text, start, end, kind: match.cue.source === 'custom' ? 'custom' : kind, weight: match.cue.weight, rule, ...extra };
}
