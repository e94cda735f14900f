// The cue lexicon: data files (one a domain, one a level, zh and en together) validated when loaded,
// compiled once into a single Aho–Corasick automaton so that matching a line costs one pass over it.
import * as z from 'zod/mini';
import { HASH, buildAutomaton } from './automaton';
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
  /** Position in the compiled lexicon: settles the order of matches on the same span. */
  id: number;
  /** The rubric concept the cue stands for: its note's tag before the first colon ("custom" for user cues). */
  concept: string;
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

const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

export function compileLexicon(files: Array<{ file: CueFile }>, extra: ExtraCue[] = []): Lexicon {
  const cues: CompiledCue[] = [];
  const add = (entry: CueEntry, kind: CompiledCue['kind'], target: CompiledCue['target'], source: CompiledCue['source']) =>
    cues.push(compiledCue(entry, kind, target, source, cues.length));
  for (const { file } of files) for (const entry of file.cues) add(entry, file.kind, file.target, 'builtin');
  for (const c of extra) {
    const lang: 'zh' | 'en' = /[\u3400-\u9fff]/.test(c.text) ? 'zh' : 'en';
    const entry = { text: c.text, lang, weight: c.weight, note: 'custom cue', example: c.text };
    if (c.domain) add({ ...entry, role: 'activity' }, 'domain', c.domain, 'custom');
    if (c.level) add({ ...entry, role: 'level' }, 'level', c.level, 'custom');
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
  const automaton = buildAutomaton(partList);
  const partLengths = Int32Array.from(partList, (p) => p.length);
  // A plain cue is found the moment its one part is; a gapped cue ("制定…战略") needs the occurrences of
  // all its parts, so only those parts' occurrences are recorded.
  const plainCues: CompiledCue[][] = partList.map(() => []);
  const gappedCues: CompiledCue[][] = partList.map(() => []);
  const recorded = new Uint8Array(partList.length);
  for (const cue of cues) {
    const ids = cue.parts.map((p) => partIds.get(p)!);
    cue.restIds = ids.slice(1);
    if (ids.length === 1) plainCues[ids[0]!]!.push(cue);
    else {
      gappedCues[ids[0]!]!.push(cue);
      for (const id of ids) recorded[id] = 1;
    }
  }

  // The automaton's tables as locals: the loop below reads them for every character.
  const { rootNext, table, shift, mask, childBits, fail, outFirst, outIds } = automaton;

  function match(text: string): CueMatch[] {
    const matches: CueMatch[] = [];
    // Occurrences of the recorded parts: partId → flat [start, end, start, end, …].
    let found: Map<number, number[]> | undefined;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // One automaton step, written out with the tables as locals: this loop is the lexicon's hot path.
      let next = -1;
      while (state !== 0) {
        if (((childBits[state]! >>> (code & 31)) & 1) === 0) {
          state = fail[state]!;
          continue;
        }
        const key = state * 0x10000 + code;
        let slot = Math.imul(key, HASH) >>> shift;
        let stored = table[2 * slot]!;
        while (stored !== key && stored !== -1) stored = table[2 * (slot = (slot + 1) & mask)]!;
        if (stored === key) {
          next = table[2 * slot + 1]!;
          break;
        }
        state = fail[state]!;
      }
      state = next === -1 ? rootNext[code]! : next;
      const last = outFirst[state + 1]!;
      for (let k = outFirst[state]!; k < last; k++) {
        const id = outIds[k]!;
        const start = i + 1 - partLengths[id]!;
        for (const cue of plainCues[id]!) {
          if (cue.lang === 'zh' || onWordBoundaries(text, start, i + 1)) matches.push({ cue, start, end: i + 1 });
        }
        if (recorded[id] === 0) continue;
        found ??= new Map();
        const list = found.get(id);
        if (list) list.push(start, i + 1);
        else found.set(id, [start, i + 1]);
      }
    }
    insertionSort(matches);
    if (!found) return matches;
    // Gapped matches come cue by cue, in no text order: sorted on their own, then merged.
    const gapped = matchGapped(text, found, gappedCues).sort(byPosition);
    return gapped.length ? merge(matches, gapped) : matches;
  }

  return { cues, match };
}

function compiledCue(entry: CueEntry, kind: CompiledCue['kind'], target: CompiledCue['target'], source: CompiledCue['source'], id: number): CompiledCue {
  const colon = entry.note.indexOf(':');
  const concept = source === 'custom' ? 'custom' : colon > 0 ? entry.note.slice(0, colon).trim() : entry.note.trim();
  // One object shape for every cue (built-in or custom), so the classifiers' property reads stay monomorphic.
  return {
    text: entry.text,
    lang: entry.lang,
    weight: entry.weight,
    role: entry.role,
    note: entry.note,
    example: entry.example,
    kind,
    target,
    source,
    parts: splitParts(entry.text),
    restIds: [],
    id,
    concept,
  };
}

/**
 * Matches in text order: by start, longer first; equal spans in the lexicon's own order, so the result
 * never depends on the order the automaton reported them in.
 */
const byPosition = (a: CueMatch, b: CueMatch) => a.start - b.start || b.end - a.end || a.cue.id - b.cue.id;

/** The automaton reports matches by end, which is nearly start order: insertion sort moves each a step or two. */
function insertionSort(matches: CueMatch[]): void {
  for (let i = 1; i < matches.length; i++) {
    const m = matches[i]!;
    let j = i - 1;
    while (j >= 0 && byPosition(matches[j]!, m) > 0) {
      matches[j + 1] = matches[j]!;
      j--;
    }
    matches[j + 1] = m;
  }
}

function merge(a: CueMatch[], b: CueMatch[]): CueMatch[] {
  const out: CueMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPosition(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Every occurrence of a gapped cue, from the recorded occurrences of its parts. */
function matchGapped(text: string, found: Map<number, number[]>, gappedCues: CompiledCue[][]): CueMatch[] {
  const matches: CueMatch[] = [];
  for (const [firstId, occurrences] of found) {
    for (const cue of gappedCues[firstId]!) {
      for (let k = 0; k < occurrences.length; k += 2) {
        const start = occurrences[k]!;
        const firstEnd = occurrences[k + 1]!;
        if (cue.lang === 'en' && !onWordBoundaries(text, start, firstEnd)) continue;
        const end = matchRest(cue, text, firstEnd, found);
        if (end !== -1) matches.push({ cue, start, end });
      }
    }
  }
  return matches;
}

const onWordBoundaries = (text: string, start: number, end: number) =>
  !(start > 0 && isWordCode(text.charCodeAt(start - 1))) && !(end < text.length && isWordCode(text.charCodeAt(end)));

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
