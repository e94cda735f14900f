// The level of one duty line on the article's seniority ladder (definitions.md, "Level of one duty line"):
// a line LED by assisting is chores; else a line whose main verb leads one's own staff is management;
// else the highest of strategy > tactics > execution that the line contains. The cues come from the
// level lexicon files, already matched once on the prepared line; this module only weighs them.
import { isWordCode } from './cue-matcher';
import type { CueMatch } from './lexicon';
import type { PreparedLine } from './line';
import { levelCue } from './line';
import { POSITIONAL } from './rule-text';
import type { Cue, Level } from './schema';

export interface LevelDecision {
  level: Level;
  cues: Cue[];
}

/** A level decides once its cue weight reaches this. */
const THRESHOLD = 1;
/**
 * Chores and management are about the line's MAIN verb: a cue that does not lead the line counts at this
 * share of its weight, so "协助" deep inside a line led by "负责制定" does not make it chores, while a
 * heavy cue ("领导交办的其他工作", "带领…团队") decides from anywhere.
 */
const OFF_LEAD_FACTOR = 0.5;
/** The decision order of the rubric; strategy > tactics > execution is "the highest the line contains". */
const ORDER: readonly Level[] = ['chores', 'management', 'strategy', 'tactics', 'execution'];

// What may stand before a line's main verb: bullets and numbering, a bold or inline heading ("活动执行:",
// "**Events**:") and fillers that are not the verb ("负责", "积极", "you will").
const BULLETS = /^(?:[\s•·*#>\-]+|\(?\d{1,2}\s*[.、,)]\s*|[①-⑳]\s*|[一二三四五六七八九十]+、\s*)*/;
const HEADING = /^(?:\*\*[^*\n]{1,60}\*\*\s*:?\s*|[^,;。:!?\n]{1,40}:\s*)(?:\*\*\s*)?/;
const FILLERS = /^(?:(?:负责|积极|主动|及时|全力|需要|需|能够|能|独立|并|且|日常|responsible for|you will|you'll|will|also|and|to)(?:\s+|(?=[^a-z])))*/;
// An adverbial opening ("在…下,", "根据…,", "in collaboration with …,") moves the main verb to the next clause.
const ADVERBIAL = /^(?:在|根据|结合|基于|针对|通过|围绕|按照|依据|(?:in collaboration with|in conjunction with|in partnership with|with|under|as)\b)/;
const CLAUSE_END = /[,;。]/;

const skip = (re: RegExp, text: string, from: number) => from + re.exec(text.slice(from))![0].length;

/**
 * Where the line's main verb may start (normalised-text indexes): after bullets and fillers, and also after
 * a heading if there is one (a short "Assist with X:" opening is then still the verb).
 */
function leadPositions(text: string): number[] {
  const afterBullets = skip(BULLETS, text, 0);
  const positions = [skip(FILLERS, text, afterBullets)];
  const heading = HEADING.exec(text.slice(afterBullets));
  if (heading) positions.push(skip(FILLERS, text, afterBullets + heading[0].length));
  for (const start of [...positions]) {
    if (!ADVERBIAL.test(text.slice(start, start + 24))) continue;
    const clauseEnd = text.slice(start).search(CLAUSE_END);
    if (clauseEnd > 0) positions.push(skip(FILLERS, text, skip(BULLETS, text, start + clauseEnd + 1)));
  }
  return positions;
}

const NO_LEADS: readonly number[] = [];

/** Rank in the decision order: a phrase may re-read a word of a higher rank, never of a lower one. */
function rankOfLevel(level: Level): number {
  switch (level) {
    case 'execution':
      return 0;
    case 'tactics':
      return 1;
    case 'strategy':
      return 2;
    case 'management':
      return 3;
    default:
      return 4;
  }
}

const rankOf = (m: CueMatch) => rankOfLevel(m.cue.target as Level);
/** Index in ORDER, the decision order: highest rank first. */
const orderOf = (level: Level) => ORDER.length - 1 - rankOfLevel(level);

/**
 * A match inside a longer match of a LOWER level is that phrase's word: "落实…策略" carries a strategy
 * out, "文案策划" is copy writing, "协助…客户" serves a client. Lower matches inside higher ones stay;
 * the higher level wins anyway.
 */
function isReread(matches: readonly CueMatch[], i: number, longest: number): boolean {
  const m = matches[i]!;
  const rank = rankOf(m);
  // In text order (by start, longer first) a longer match holding m stands before it, and no further back
  // than the longest match (one that starts earlier ends before m starts): the look-back stays short.
  for (let j = i - 1; j >= 0 && m.start - matches[j]!.start <= longest; j--) {
    const o = matches[j]!;
    if (o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start && rankOf(o) < rank) return true;
  }
  return false;
}

function longestOf(matches: readonly CueMatch[]): number {
  let longest = 0;
  for (const m of matches) if (m.end - m.start > longest) longest = m.end - m.start;
  return longest;
}

/** The automaton checks word boundaries at a match's two ends only: "lead…team" must not start "leadership team". */
function wholeFirstWord(m: CueMatch, text: string): boolean {
  if (m.cue.lang !== 'en' || m.cue.parts.length < 2) return true;
  // Past the end charCodeAt gives NaN, which is no word character.
  return !isWordCode(text.charCodeAt(m.start + m.cue.parts[0]!.length));
}

/** The level matches that count: whole first words, and not re-read inside a longer lower-level phrase. */
function levelMatchesOf(line: PreparedLine): CueMatch[] {
  const candidates: CueMatch[] = [];
  for (const m of line.matches) if (m.cue.kind === 'level' && wholeFirstWord(m, line.norm.text)) candidates.push(m);
  const longest = longestOf(candidates);
  const kept: CueMatch[] = [];
  for (let i = 0; i < candidates.length; i++) if (!isReread(candidates, i, longest)) kept.push(candidates[i]!);
  return kept;
}

/**
 * Per-call scratch, reused (a line is classified in one synchronous call): each level match's weight as
 * it counts, and whether it leads the line. Spares an object per match.
 */
let weights = new Float64Array(16);
let leading = new Uint8Array(16);
const score = new Float64Array(ORDER.length);

export function classifyLevel(line: PreparedLine): LevelDecision {
  const matches = levelMatchesOf(line);
  if (matches.length === 0) return { level: 'execution', cues: [] };
  weigh(line, matches);
  const level = decide(matches);
  return { level, cues: decidingCues(line, matches, level) };
}

/** Fill `weights` and `leading` for the line's level matches. */
function weigh(line: PreparedLine, matches: readonly CueMatch[]): void {
  const n = matches.length;
  if (n > weights.length) {
    weights = new Float64Array(2 * n);
    leading = new Uint8Array(2 * n);
  }
  // Where the main verb stands matters only to chores and management cues: most lines have none, and
  // finding the lead positions runs several regexes.
  const leads = matches.some((m) => POSITIONAL.has(m.cue.target as Level)) ? leadPositions(line.norm.text) : NO_LEADS;
  for (let i = 0; i < n; i++) {
    const match = matches[i]!;
    const isLead = leads.includes(match.start);
    // Custom cues are the user's explicit word: they count in full wherever they stand.
    const full = match.cue.source === 'custom' || isLead || !POSITIONAL.has(match.cue.target as Level);
    leading[i] = isLead ? 1 : 0;
    weights[i] = match.cue.weight * (full ? 1 : OFF_LEAD_FACTOR);
  }
}

/** What decided: for chores and management the cues that decide alone; no phrase inside a longer one. */
function decidingCues(line: PreparedLine, matches: readonly CueMatch[], level: Level): Cue[] {
  const positional = POSITIONAL.has(level);
  const ofLevel: number[] = [];
  for (let i = 0; i < matches.length; i++) if (matches[i]!.cue.target === level && (!positional || weights[i]! >= THRESHOLD)) ofLevel.push(i);
  const cues: Cue[] = [];
  // The lexicon built each cue's rule text; deciding cues are of the decided level, which the rule names.
  for (const i of withoutNested(matches, ofLevel)) cues.push(levelCue(line, matches[i]!, matches[i]!.cue.levelRules[leading[i] ? 0 : 1], level));
  return cues;
}

/**
 * The first level in the decision order whose score reaches the threshold. A cue repeated in one line
 * counts once, at its best position. Plan levels add up (two weak tactics cues make a plan); chores and
 * management ask for ONE cue that leads the line or is strong enough on its own, so weak off-lead cues
 * cannot add up to a main verb.
 */
function decide(matches: readonly CueMatch[]): Level {
  for (let k = 0; k < score.length; k++) score[k] = 0;
  for (let i = 0; i < matches.length; i++) {
    const cue = matches[i]!.cue;
    if (occursBefore(matches, i)) continue;
    // The cue's best weight on this line (the first of equal ones).
    let weight = weights[i]!;
    for (let j = i + 1; j < matches.length; j++) if (matches[j]!.cue === cue && weights[j]! > weight) weight = weights[j]!;
    const level = cue.target as Level;
    const k = orderOf(level);
    score[k] = POSITIONAL.has(level) ? Math.max(score[k]!, weight) : score[k]! + weight;
  }
  for (let k = 0; k < ORDER.length; k++) if (score[k]! >= THRESHOLD) return ORDER[k]!;
  return 'execution';
}

function occursBefore(matches: readonly CueMatch[], i: number): boolean {
  for (let j = 0; j < i; j++) if (matches[j]!.cue === matches[i]!.cue) return true;
  return false;
}

/** Of the listed match indexes, drop a cue inside a longer one, and a second match on the same span. */
function withoutNested(matches: readonly CueMatch[], list: readonly number[]): number[] {
  const longest = longestOf(matches);
  const kept: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = matches[list[i]!]!;
    let nested = false;
    // In text order a longer match holding s, or an earlier one on the same span, stands before it (and no
    // further back than the longest match, as in isReread).
    for (let j = i - 1; j >= 0 && !nested && s.start - matches[list[j]!]!.start <= longest; j--) {
      const o = matches[list[j]!]!;
      const longer = o.end - o.start > s.end - s.start;
      const sameLength = o.end - o.start === s.end - s.start;
      nested = o.start <= s.start && s.end <= o.end && (longer || sameLength);
    }
    if (!nested) kept.push(list[i]!);
  }
  return kept;
}
