// The level of one duty line on the article's seniority ladder (definitions.md, "Level of one duty line"):
// a line LED by assisting is chores; else a line whose main verb leads one's own staff is management;
// else the highest of strategy > tactics > execution that the line contains. The cues come from the
// level lexicon files, already matched once on the prepared line; this module only weighs them.
import type { CompiledCue, CueMatch } from './lexicon';
import type { PreparedLine } from './line';
import { toCue } from './line';
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
const POSITIONAL: ReadonlySet<Level> = new Set(['chores', 'management']);

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

/** Rank in the decision order: a phrase may re-read a word of a higher rank, never of a lower one. */
const RANK: Record<Level, number> = { execution: 0, tactics: 1, strategy: 2, management: 3, chores: 4 };

/**
 * A match inside a longer match of a LOWER level is that phrase's word: "落实…策略" carries a strategy
 * out, "文案策划" is copy writing, "协助…客户" serves a client. Lower matches inside higher ones stay;
 * the higher level wins anyway.
 */
function dropReread(matches: CueMatch[]): CueMatch[] {
  const rank = (m: CueMatch) => RANK[m.cue.target as Level];
  return matches.filter(
    (m) => !matches.some((o) => o !== m && rank(o) < rank(m) && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
}

const WORD_CHAR = /[a-z0-9]/;
/** The automaton checks word boundaries at a match's two ends only: "lead…team" must not start "leadership team". */
function wholeFirstWord(m: CueMatch, text: string): boolean {
  if (m.cue.lang !== 'en' || m.cue.parts.length < 2) return true;
  return !WORD_CHAR.test(text[m.start + m.cue.parts[0]!.length] ?? '');
}

interface Scored {
  match: CueMatch;
  leads: boolean;
  weight: number;
}

export function classifyLevel(line: PreparedLine): LevelDecision {
  const text = line.norm.text;
  const levelMatches = dropReread(line.matches.filter((m) => m.cue.kind === 'level' && wholeFirstWord(m, text)));
  if (levelMatches.length === 0) return { level: 'execution', cues: [] };

  const leads = leadPositions(text);
  const scored: Scored[] = levelMatches.map((match) => {
    const isLead = leads.includes(match.start);
    // Custom cues are the user's explicit word: they count in full wherever they stand.
    const full = match.cue.source === 'custom' || isLead || !POSITIONAL.has(match.cue.target as Level);
    return { match, leads: isLead, weight: match.cue.weight * (full ? 1 : OFF_LEAD_FACTOR) };
  });
  // A cue repeated in one line counts once, at its best position.
  const best = new Map<CompiledCue, Scored>();
  for (const s of scored) if ((best.get(s.match.cue)?.weight ?? -1) < s.weight) best.set(s.match.cue, s);
  // Plan levels add up (two weak tactics cues make a plan); chores and management ask for ONE cue that
  // leads the line or is strong enough on its own, so weak off-lead cues cannot add up to a main verb.
  const score = new Map<Level, number>();
  for (const [cue, s] of best) {
    const level = cue.target as Level;
    const previous = score.get(level) ?? 0;
    score.set(level, POSITIONAL.has(level) ? Math.max(previous, s.weight) : previous + s.weight);
  }

  const level = ORDER.find((l) => (score.get(l) ?? 0) >= THRESHOLD) ?? 'execution';
  // Report what decided: for chores and management the cues that decide alone; no phrase inside a longer one.
  const ofLevel = scored.filter((s) => s.match.cue.target === level && (!POSITIONAL.has(level) || s.weight >= THRESHOLD));
  const deciding = withoutNested(ofLevel);
  return { level, cues: deciding.map((s) => toCue(line, s.match, 'level', describe(s, level), { level })) };
}

/** Drop a cue inside a longer one, and a second match on the same span. */
function withoutNested(list: Scored[]): Scored[] {
  const span = (s: Scored) => s.match.end - s.match.start;
  return list.filter(
    (s, i) =>
      !list.some(
        (o, j) =>
          o.match.start <= s.match.start && s.match.end <= o.match.end && (span(o) > span(s) || (j < i && span(o) === span(s))),
      ),
  );
}

function describe(s: Scored, level: Level): string {
  const where = POSITIONAL.has(level) ? (s.leads ? ' (leads the line)' : ' (inside the line)') : '';
  const custom = s.match.cue.source === 'custom' ? ' [custom]' : '';
  return `${s.match.cue.text}${where}${custom} → level: ${level}`;
}
