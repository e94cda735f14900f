// Matching a normalised line against the compiled cues: one pass of the Aho–Corasick automaton reports the
// plain cues directly and records where the parts of gapped cues ("制定…战略") occur; the gapped cues are
// then assembled from those occurrences.
import { buildAutomaton } from './automaton';
import type { CompiledCue, CueMatch } from './lexicon';

/** Largest gap, in characters, that a `…` in a cue may span; the gap may not cross a clause break. */
export const GAP_MAX = { zh: 12, en: 12 } as const;

/** A unit that continues an English word for cue matching (the line is lower-cased): a–z and 0–9. */
export const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * What the automaton reports, flattened per state so the hot loop needs no look-up by part id:
 * the plain cues a state completes (cue, its length, whether it is English and so needs word
 * boundaries) and the recorded parts it completes (part id and length).
 */
interface StateOutputs {
  cueFirst: Int32Array;
  cues: CompiledCue[];
  cueLength: Int32Array;
  cueEnglish: Uint8Array;
  partFirst: Int32Array;
  partIds: Int32Array;
  partLength: Int32Array;
}

/** The distinct parts of the cues, numbered, and which cues each part starts. */
interface PartIndex {
  partList: string[];
  /** Per part id: the plain cues that are just this part. */
  plainCues: CompiledCue[][];
  /** Per part id: the gapped cues whose first part it is. */
  gappedCues: CompiledCue[][];
  /** 1 for the parts of gapped cues: only their occurrences are recorded. */
  recorded: Uint8Array;
}

/** Number the cues' parts; sets each cue's `restIds` (the part ids its later gapped parts are recorded under). */
function indexParts(cues: readonly CompiledCue[]): PartIndex {
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
  // A plain cue is found the moment its one part is; a gapped cue needs the occurrences of all its
  // parts, so only those parts' occurrences are recorded.
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
  return { partList, plainCues, gappedCues, recorded };
}

/** Build the matcher for `cues` (and set their `restIds`). */
export function cueMatcher(cues: readonly CompiledCue[]): (normalizedLower: string) => CueMatch[] {
  const { partList, plainCues, gappedCues, recorded } = indexParts(cues);
  const automaton = buildAutomaton(partList);
  const outputs = stateOutputs(automaton.outFirst, automaton.outIds, partList, plainCues, recorded);
  const isFirst = Uint8Array.from(gappedCues, (list) => (list.length > 0 ? 1 : 0));
  const found = new Occurrences(partList.length, isFirst);

  return function match(text: string): CueMatch[] {
    // The tables as locals of this function (not read from the enclosing closure in the loop): the loop
    // reads them for every character, and this measured ~7% faster.
    const { classOf, base, cells, rootNext, fail, firstWithOutput } = automaton;
    const { cueFirst, cueLength, cueEnglish, partFirst, partLength, cues: stateCues, partIds: statePartIds } = outputs;
    const matches: CueMatch[] = [];
    found.clear();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      // One automaton step (automaton.ts `step`), written out: this loop is the lexicon's hot path.
      // A code in no part ends every match in progress.
      if (cls === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = rootNext[cls]!;
          break;
        }
        const cell = base[state]! + cls;
        if (cells[2 * cell] === state) {
          state = cells[2 * cell + 1]!;
          break;
        }
        state = fail[state]!;
      }
      if (state < firstWithOutput) continue;
      const end = i + 1;
      for (let k = cueFirst[state]!, last = cueFirst[state + 1]!; k < last; k++) {
        const start = end - cueLength[k]!;
        if (cueEnglish[k] === 0 || onWordBoundaries(text, start, end)) matches.push({ cue: stateCues[k]!, start, end });
      }
      for (let k = partFirst[state]!, last = partFirst[state + 1]!; k < last; k++) found.add(statePartIds[k]!, end - partLength[k]!, end);
    }
    // Gapped matches are appended cue by cue, in no text order: the sort moves them into place.
    if (found.firstCount > 0) matchGapped(text, found, gappedCues, matches);
    insertionSort(matches);
    return matches;
  };
}

function stateOutputs(outFirst: Int32Array, outIds: Int32Array, partList: readonly string[], plainCues: CompiledCue[][], recorded: Uint8Array): StateOutputs {
  const states = outFirst.length - 1;
  const cueFirst = new Int32Array(states + 1);
  const partFirst = new Int32Array(states + 1);
  const cues: CompiledCue[] = [];
  const cueLength: number[] = [];
  const cueEnglish: number[] = [];
  const partIds: number[] = [];
  const partLength: number[] = [];
  for (let s = 0; s < states; s++) {
    for (let k = outFirst[s]!; k < outFirst[s + 1]!; k++) {
      const id = outIds[k]!;
      for (const cue of plainCues[id]!) {
        cues.push(cue);
        cueLength.push(partList[id]!.length);
        cueEnglish.push(cue.lang === 'en' ? 1 : 0);
      }
      if (recorded[id] === 1) {
        partIds.push(id);
        partLength.push(partList[id]!.length);
      }
    }
    cueFirst[s + 1] = cues.length;
    partFirst[s + 1] = partIds.length;
  }
  return {
    cueFirst,
    cues,
    cueLength: Int32Array.from(cueLength),
    cueEnglish: Uint8Array.from(cueEnglish),
    partFirst,
    partIds: Int32Array.from(partIds),
    partLength: Int32Array.from(partLength),
  };
}

/**
 * Occurrences of the recorded parts in the line being matched: part id → flat [start, end, start, end, …]
 * in text order, the first `count[id]` entries of `lists[id]`. Kept from one line to the next (matching is
 * synchronous) so a line allocates nothing for them; clearing resets counts, not arrays.
 */
class Occurrences {
  readonly lists: number[][];
  readonly count: Int32Array;
  /** The first parts of gapped cues seen in this line, in the order first seen: `firsts[0 … firstCount)`. */
  readonly firsts: Int32Array;
  firstCount = 0;
  /** Every id seen in this line, to reset: `seen[0 … seenCount)`. */
  private readonly seen: Int32Array;
  private seenCount = 0;

  constructor(
    parts: number,
    private readonly isFirst: Uint8Array,
  ) {
    this.lists = Array.from({ length: parts }, () => []);
    this.count = new Int32Array(parts);
    this.firsts = new Int32Array(parts);
    this.seen = new Int32Array(parts);
  }

  add(id: number, start: number, end: number): void {
    const n = this.count[id]!;
    if (n === 0) {
      this.seen[this.seenCount++] = id;
      if (this.isFirst[id] === 1) this.firsts[this.firstCount++] = id;
    }
    const list = this.lists[id]!;
    list[n] = start;
    list[n + 1] = end;
    this.count[id] = n + 2;
  }

  clear(): void {
    for (let k = 0; k < this.seenCount; k++) this.count[this.seen[k]!] = 0;
    this.seenCount = 0;
    this.firstCount = 0;
  }
}

/**
 * Matches in text order: by start, longer first; equal spans in the lexicon's own order, so the result
 * never depends on the order the automaton reported them in.
 */
const LONG_LIST = 64;

export const byPosition = (a: CueMatch, b: CueMatch) => a.start - b.start || b.end - a.end || a.cue.id - b.cue.id;

/**
 * The automaton reports matches by end, which is nearly start order, and the few gapped matches come last:
 * insertion sort moves each a step or two.
 */
function insertionSort(matches: CueMatch[]): void {
  // A line with very many matches (a long line dense with cues) gets a real sort: the order is total, so the
  // result is the same, and insertion sort would be quadratic there.
  if (matches.length > LONG_LIST) {
    matches.sort(byPosition);
    return;
  }
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

/** Every occurrence of a gapped cue, from the recorded occurrences of its parts, appended to `matches`. */
function matchGapped(text: string, found: Occurrences, gappedCues: CompiledCue[][], matches: CueMatch[]): void {
  for (let f = 0; f < found.firstCount; f++) {
    const firstId = found.firsts[f]!;
    const occurrences = found.lists[firstId]!;
    const count = found.count[firstId]!;
    for (const cue of gappedCues[firstId]!) {
      for (let k = 0; k < count; k += 2) {
        const start = occurrences[k]!;
        const firstEnd = occurrences[k + 1]!;
        if (cue.lang === 'en' && !onWordBoundaries(text, start, firstEnd)) continue;
        const end = matchRest(cue, text, firstEnd, found);
        if (end !== -1) matches.push({ cue, start, end });
      }
    }
  }
}

const onWordBoundaries = (text: string, start: number, end: number) =>
  !(start > 0 && isWordCode(text.charCodeAt(start - 1))) && !(end < text.length && isWordCode(text.charCodeAt(end)));

/** Whether text[from, to) holds a clause break (without slicing). */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return true;
  return false;
}

/** , ; 。 ! ? ， ； ！ ？ and a line break. */
function isClauseBreak(code: number): boolean {
  switch (code) {
    case 0x2c:
    case 0x3b:
    case 0x3002:
    case 0x21:
    case 0x3f:
    case 0xff0c:
    case 0xff1b:
    case 0xff01:
    case 0xff1f:
    case 0x0a:
      return true;
    default:
      return false;
  }
}

/** For a gapped cue, find each later part within the gap of the previous one, in the same clause. */
function matchRest(cue: CompiledCue, text: string, from: number, found: Occurrences): number {
  let end = from;
  const gap = cue.lang === 'zh' ? GAP_MAX.zh : GAP_MAX.en;
  for (const id of cue.restIds) {
    const occurrences = found.lists[id]!;
    const count = found.count[id]!;
    let nextEnd = -1;
    for (let k = 0; k < count; k += 2) {
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
