// One duty line prepared for the classifiers: normalised (lower-cased) with a map back to the
// posting, and matched against the lexicon once; the domain and level classifiers both read it.
import type { Cue, Domain, Level } from './schema';
import type { CueMatch, Lexicon } from './lexicon';
import { normalize, toOriginalSpan, type Normalized } from './normalize';

const LOWER_CASE = { lowercase: true } as const;

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
  const norm = normalize(original, LOWER_CASE);
  return { original, offset, norm, matches: lexicon.match(norm.text) };
}

/**
 * Where a match starts and ends in the line's original text. Nearly every line normalises one unit to
 * one unit (no map): the offsets are then the match's own, clamped, without building a span object.
 */
export function originalStart(line: PreparedLine, match: CueMatch): number {
  return line.norm.map === null ? Math.min(match.start, line.norm.text.length) : toOriginalSpan(line.norm, match.start, match.end).start;
}

export function originalEnd(line: PreparedLine, match: CueMatch): number {
  if (line.norm.map !== null) return toOriginalSpan(line.norm, match.start, match.end).end;
  const length = line.norm.text.length;
  return Math.max(Math.min(match.start, length), Math.min(match.end, length));
}

/**
 * A domain cue with offsets into the posting. Its rule starts with the cue as the posting spells it
 * ("ROI", "品牌"), not as the lexicon stores it: `rule` is what follows that.
 */
export function domainCue(line: PreparedLine, match: CueMatch, kind: Cue['kind'], domain: Domain, rule: string): Cue {
  const start = originalStart(line, match);
  const end = originalEnd(line, match);
  const text = line.original.slice(start, end);
  return { text, start: line.offset + start, end: line.offset + end, kind, weight: match.cue.weight, rule: text + rule, domain };
}

/** A level cue with offsets into the posting (kind `custom` for the user's own cues). */
export function levelCue(line: PreparedLine, match: CueMatch, rule: string, level: Level): Cue {
  const start = originalStart(line, match);
  const end = originalEnd(line, match);
  const kind = match.cue.source === 'custom' ? 'custom' : 'level';
  return { text: line.original.slice(start, end), start: line.offset + start, end: line.offset + end, kind, weight: match.cue.weight, rule, level };
}
