// The cue lexicon: data files (one a domain, one a level, zh and en together) validated when loaded,
// compiled once into a single Aho–Corasick automaton so that matching a line costs one pass over it.
import * as z from 'zod/mini';
import { DOMAINS, LEVELS, type Domain, type Level } from './constants';
import marketing from './lexicon/domain-marketing.json';
import operations from './lexicon/domain-operations.json';
import shared from './lexicon/domain-shared.json';
import sales from './lexicon/domain-sales.json';
import product from './lexicon/domain-product.json';
import other from './lexicon/domain-other.json';
import strategy from './lexicon/level-strategy.json';
import tactics from './lexicon/level-tactics.json';
import execution from './lexicon/level-execution.json';
import management from './lexicon/level-management.json';
import chores from './lexicon/level-chores.json';

/**
 * One cue. `text` is matched in the normalised, lower-cased line; a `…` inside it is a gap of up to
 * GAP_MAX characters within one clause ("制定…战略"), per language;
 * every part of an English cue matches on word boundaries.
 */
export const CueEntrySchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(40)),
  lang: z.enum(['zh', 'en']),
  weight: z.number().check(z.gte(0.1), z.lte(10)),
  /**
   * For domain cues: `outcome` names what the line is accountable for (awareness, conversion…);
   * `activity` names work that belongs to the domain; `overlap` names overlap work (软文, 活动, 策划)
   * that outcome cues decide. Level files use `level`.
   */
  role: z.enum(['outcome', 'activity', 'overlap', 'level']),
  note: z.string().check(z.minLength(1)),
  /** A line of our own (never from the corpus) that this cue alone should classify as its file's target. */
  example: z.string().check(z.minLength(1)),
});
export type CueEntry = z.infer<typeof CueEntrySchema>;

export const CueFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('domain'), target: z.enum(DOMAINS), about: z.string(), cues: z.array(CueEntrySchema) }),
  z.object({ kind: z.literal('level'), target: z.enum(LEVELS), about: z.string(), cues: z.array(CueEntrySchema) }),
]);
export type CueFile = z.infer<typeof CueFileSchema>;

export const CUE_FILES: Record<string, unknown> = {
  'domain-marketing': marketing,
  'domain-operations': operations,
  'domain-shared': shared,
  'domain-sales': sales,
  'domain-product': product,
  'domain-other': other,
  'level-strategy': strategy,
  'level-tactics': tactics,
  'level-execution': execution,
  'level-management': management,
  'level-chores': chores,
};

/** Largest gap, in characters, that a `…` in a cue may span; the gap may not cross a clause break. */
export const GAP_MAX = { zh: 12, en: 12 } as const;
const CLAUSE_BREAK_CODES = new Set([...',;。!?，；！？\n'].map((c) => c.charCodeAt(0)));

export interface CompiledCue extends CueEntry {
  kind: 'domain' | 'level';
  target: Domain | Level;
  source: 'builtin' | 'custom';
  /** The cue text split at `…` (lower-cased); one part for a plain cue. */
  parts: string[];
  /** Automaton ids of parts[1…] (empty for a plain cue); filled in by compileLexicon. */
  restIds: number[];
}

export interface CueMatch {
  cue: CompiledCue;
  /** Half-open span in the text given to `match` (normalised, lower-cased). */
  start: number;
  end: number;
}

export interface Lexicon {
  cues: CompiledCue[];
  match(normalizedLower: string): CueMatch[];
}

export interface ExtraCue {
  text: string;
  domain?: Domain;
  level?: Level;
  weight: number;
}

export function loadCueFiles(files: Record<string, unknown> = CUE_FILES): Array<{ name: string; file: CueFile }> {
  return Object.entries(files).map(([name, raw]) => {
    const parsed = CueFileSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`lexicon file ${name}.json is invalid: ${z.prettifyError(parsed.error)}`);
    return { name, file: parsed.data };
  });
}

const isWordChar = (ch: string | undefined) => ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));

/**
 * Build the automaton over every distinct cue part. Transitions live in one Map keyed by
 * state · 2^16 + UTF-16 code (numeric keys are the fastest lookup V8 offers for a sparse table).
 */
function buildAutomaton(parts: string[]) {
  const goto = new Map<number, number>();
  const children: number[][] = [[]];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  parts.forEach((part, id) => {
    let state = 0;
    for (let k = 0; k < part.length; k++) {
      const key = state * 0x10000 + part.charCodeAt(k);
      let next = goto.get(key);
      if (next === undefined) {
        next = fail.length;
        fail.push(0);
        out.push([]);
        children.push([]);
        goto.set(key, next);
        children[state]!.push(key);
      }
      state = next;
    }
    out[state]!.push(id);
  });
  const queue: number[] = children[0]!.map((key) => goto.get(key)!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const key of children[state]!) {
      const code = key % 0x10000;
      const next = goto.get(key)!;
      queue.push(next);
      let f = fail[state]!;
      while (f && !goto.has(f * 0x10000 + code)) f = fail[f]!;
      const target = goto.get(f * 0x10000 + code);
      fail[next] = target !== undefined && target !== next ? target : 0;
      if (out[fail[next]!]!.length) out[next] = out[next]!.concat(out[fail[next]!]!);
    }
  }
  return { goto, fail, out };
}

export function compileLexicon(files: Array<{ file: CueFile }>, extra: ExtraCue[] = []): Lexicon {
  const cues: CompiledCue[] = [];
  for (const { file } of files) {
    for (const entry of file.cues) {
      cues.push({ ...entry, kind: file.kind, target: file.target, source: 'builtin', parts: splitParts(entry.text), restIds: [] });
    }
  }
  for (const c of extra) {
    const lang: 'zh' | 'en' = /[\u3400-\u9fff]/.test(c.text) ? 'zh' : 'en';
    const base = { text: c.text, lang, weight: c.weight, note: 'custom cue', example: c.text, source: 'custom' as const, parts: splitParts(c.text), restIds: [] };
    if (c.domain) cues.push({ ...base, role: 'activity', kind: 'domain', target: c.domain });
    if (c.level) cues.push({ ...base, role: 'level', kind: 'level', target: c.level });
  }

  const partIds = new Map<string, number>();
  const partList: string[] = [];
  for (const cue of cues) {
    for (const part of cue.parts) {
      if (!partIds.has(part)) {
        partIds.set(part, partList.length);
        partList.push(part);
      }
    }
  }
  const { goto, fail, out } = buildAutomaton(partList);
  const partLengths = partList.map((p) => p.length);
  const cuesByFirstPart = new Map<number, CompiledCue[]>();
  for (const cue of cues) {
    cue.restIds = cue.parts.slice(1).map((p) => partIds.get(p)!);
    const id = partIds.get(cue.parts[0]!)!;
    cuesByFirstPart.set(id, [...(cuesByFirstPart.get(id) ?? []), cue]);
  }

  // The root's transitions in a flat table: most characters of a line leave the automaton at (or
  // fail back to) the root, so this saves the bulk of the Map lookups.
  const rootNext = new Int32Array(0x10000);
  for (const key of goto.keys()) if (key < 0x10000) rootNext[key] = goto.get(key)!;
  const step = packTransitions(goto, fail.length);

  function match(text: string): CueMatch[] {
    // Occurrences of every part: partId → flat [start, end, start, end, …].
    const found = new Map<number, number[]>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next: number | undefined;
      while (state !== 0) {
        next = step(state, code);
        if (next !== undefined) break;
        state = fail[state]!;
      }
      state = state === 0 ? rootNext[code]! : next!;
      const ids = out[state]!;
      if (ids.length === 0) continue;
      for (const id of ids) {
        const start = i + 1 - partLengths[id]!;
        const list = found.get(id);
        if (list) list.push(start, i + 1);
        else found.set(id, [start, i + 1]);
      }
    }
    const matches: CueMatch[] = [];
    for (const [firstId, occurrences] of found) {
      for (const cue of cuesByFirstPart.get(firstId) ?? []) {
        for (let k = 0; k < occurrences.length; k += 2) {
          const start = occurrences[k]!;
          const firstEnd = occurrences[k + 1]!;
          if (cue.lang === 'en' && !onWordBoundaries(text, start, firstEnd)) continue;
          const end = cue.restIds.length ? matchRest(cue, text, firstEnd, found) : firstEnd;
          if (end === -1) continue;
          matches.push({ cue, start, end });
        }
      }
    }
    return matches.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return { cues, match };
}

/**
 * The other states' transitions packed per state (codes sorted) in typed arrays: a state has only a
 * handful of children, so a short scan beats hashing a key into the one big Map.
 */
function packTransitions(goto: Map<number, number>, states: number): (state: number, code: number) => number | undefined {
  const keys = [...goto.keys()].sort((a, b) => a - b);
  const first = new Int32Array(states + 1);
  const codes = new Uint16Array(keys.length);
  const targets = new Int32Array(keys.length);
  keys.forEach((key, k) => {
    const slot = Math.floor(key / 0x10000) + 1;
    first[slot] = first[slot]! + 1;
    codes[k] = key % 0x10000;
    targets[k] = goto.get(key)!;
  });
  for (let s = 0; s < states; s++) first[s + 1] = first[s + 1]! + first[s]!;
  return (state, code) => {
    for (let k = first[state]!, end = first[state + 1]!; k < end; k++) {
      const c = codes[k]!;
      if (c === code) return targets[k];
      if (c > code) return undefined;
    }
    return undefined;
  };
}

const onWordBoundaries = (text: string, start: number, end: number) => !isWordChar(text[start - 1]) && !isWordChar(text[end]);

/** Whether text[from, to) holds a clause break (CLAUSE_BREAK, without slicing). */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAK_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** For a gapped cue, find each later part within the gap of the previous one, in the same clause. */
function matchRest(cue: CompiledCue, text: string, from: number, found: Map<number, number[]>): number {
  let end = from;
  const gap = GAP_MAX[cue.lang];
  for (const id of cue.restIds) {
    const occurrences = found.get(id);
    if (!occurrences) return -1;
    let nextEnd = -1;
    for (let k = 0; k < occurrences.length; k += 2) {
      const s = occurrences[k]!;
      const e = occurrences[k + 1]!;
      if (s >= end && s - end <= gap && !hasClauseBreak(text, end, s) && (cue.lang === 'zh' || onWordBoundaries(text, s, e))) {
        nextEnd = e;
        break;
      }
    }
    if (nextEnd === -1) return -1;
    end = nextEnd;
  }
  return end;
}

function splitParts(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter(Boolean);
}

let defaultLexicon: Lexicon | undefined;
const customLexicons = new Map<string, Lexicon>();

/** The built-in lexicon (compiled once), or one with the user's extra cues (cached per cue set). */
export function getLexicon(extra: ExtraCue[] = []): Lexicon {
  if (extra.length === 0) return (defaultLexicon ??= compileLexicon(loadCueFiles()));
  const key = JSON.stringify(extra);
  let lexicon = customLexicons.get(key);
  if (!lexicon) {
    lexicon = compileLexicon(loadCueFiles(), extra);
    if (customLexicons.size > 8) customLexicons.clear();
    customLexicons.set(key, lexicon);
  }
  return lexicon;
}
