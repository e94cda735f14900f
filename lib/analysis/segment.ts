// Splits a posting into sections and lines: duties, requirements and the rest (issue 2, steps 1–3).
// Pure and linear: one fold of the text, one pass over its lines, bounded look-ups per line.
import type { Section, SectionKind } from './schema';
import { fold } from './segment/fold';
import type { BlockKind } from './segment/heading-lexicon';
import { splitLines } from './segment/lines';
import { linePieces, type Piece } from './segment/pieces';
import { opensWithTask } from './segment/wording-zh';
import { classifyByWording, classifyInDuties, hasSubstance, isChinese, readsAsDuty, type LineClass } from './segment/wording';

export { isRequirementLine } from './segment/wording';
export { stripListMarker } from './segment/markers';

export interface LineSpan {
  /** `input.slice(start, end)`: numbering/bullets and surrounding whitespace stripped. */
  text: string;
  start: number;
  end: number;
}

export interface Segmented {
  sections: Section[];
  duties: LineSpan[];
  requirements: LineSpan[];
  /** Lines that are neither (empty when segmentPosting was asked for `other: false`). */
  other: LineSpan[];
}

type Mode = 'duties' | 'requirements' | 'other' | 'wording' | 'intro';

interface Item {
  start: number;
  end: number;
  marked: boolean;
  cls: LineClass;
  /** The class by wording alone, where a block may be rescued as a duty list (`rescue: 'unknown'`). */
  byWording: LineClass;
}

interface Block {
  mode: Mode;
  heading?: { start: number; end: number };
  items: Item[];
  /** Numbering restarted at 1 inside a list: an unheaded second list, judged as a whole. */
  restart: boolean;
  /** A section whose heading named no duties but whose lines may still be a duty list (see `rescue`). */
  rescue?: 'unknown' | 'other';
  /** A one-line field ("工作地点：上海"): the lines after it go back to the section before it. */
  field?: boolean;
}

/** How the lines under a heading are judged. Unknown sub-headings keep the kind of the section around them. */
function modeFor(kind: BlockKind, unknown: boolean, lastKnown: BlockKind | undefined, dutySeen: boolean, dutyAhead: boolean): Mode {
  if (!unknown && kind !== 'neutral') return kind;
  if (unknown && lastKnown && lastKnown !== 'neutral') return lastKnown;
  // Before a named duties section, unnamed text is the company's introduction.
  return dutyAhead && !dutySeen ? 'intro' : 'wording';
}

function classify(mode: Mode, text: string, marked: boolean, zh: boolean): LineClass {
  if (mode === 'duties') return classifyInDuties(text, marked, zh);
  if (mode === 'wording') return classifyByWording(text, marked, zh);
  return mode === 'intro' ? 'other' : mode;
}

function count(b: Block, key: 'cls' | 'byWording', cls: LineClass): number {
  let n = 0;
  for (const i of b.items) if (i[key] === cls) n++;
  return n;
}

/** After a block is read: whole-block decisions that single lines cannot make. */
function settle(b: Block, folded: string): void {
  const n = b.items.length;
  if (b.restart && count(b, 'cls', 'requirements') >= count(b, 'cls', 'duties')) {
    for (const i of b.items) if (i.cls === 'duties') i.cls = 'requirements';
    return;
  }
  // A missing or unlisted duties heading: task lines under another heading are still a duty list.
  const duty = count(b, 'byWording', 'duties');
  if (b.rescue === 'unknown' && duty >= 2 && duty * 2 > n) {
    for (const i of b.items) i.cls = i.byWording;
    b.mode = 'wording';
  } else if (b.rescue === 'other') {
    rescueRuns(b, folded);
  }
}

/** Under an "about us" / benefits heading, only a run of three or more task sentences this long becomes duties. */
const RESCUED_LENGTH = 24;

/**
 * Most lines under such headings are prose, and reading a line's wording is the cost: a line is read only when a run
 * could still pass through it. Scanning from `k` (the line before `k` is no task), the third line is read first: if
 * it is no task, no run starts at k, k + 1 or k + 2.
 */
function rescueRuns(b: Block, folded: string): void {
  const items = b.items;
  const known = new Int8Array(items.length); // 0 unread, 1 task, -1 not
  const isTask = (k: number): boolean => {
    if (known[k] === 0) {
      const i = items[k]!;
      const text = i.end - i.start >= RESCUED_LENGTH ? folded.slice(i.start, i.end) : '';
      known[k] = text && readsAsDuty(text, i.marked, isChinese(text)) ? 1 : -1;
    }
    return known[k] === 1;
  };
  let k = 0;
  while (k + 2 < items.length) {
    if (!isTask(k + 2)) k += 3;
    else if (!isTask(k + 1)) k += 2;
    else if (!isTask(k)) k += 1;
    else {
      let e = k + 3;
      while (e < items.length && isTask(e)) e++;
      for (let j = k; j < e; j++) items[j]!.cls = 'duties';
      b.mode = 'wording';
      k = e + 1;
    }
  }
}

/**
 * Items that are not list entries of their own: "二、内容运营" right before a list that starts again at 1 (a label
 * over that list), and the wrapped tail of a Chinese list item that broke off mid-sentence ("负责品类的整体规划与" /
 * "落地执行"). Gold lines are whole lines, so a tail is left out rather than joined.
 */
function notItems(folded: string, pieces: Piece[]): Set<number> {
  const skip = new Set<number>();
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.type !== 'item') continue;
    const next = pieces[k + 1];
    if (next?.type === 'item' && next.marker === 'number' && next.value === 1 && p.end - p.start <= 10) {
      const text = folded.slice(p.start, p.end);
      if (!/[,;。、.!?]/u.test(text) && isChinese(text) && !opensWithTask(text)) skip.add(k);
    }
    const prev = pieces[k - 1];
    if (p.marker !== 'none' || prev?.type !== 'item' || prev.marker === 'none') continue;
    const text = folded.slice(p.start, p.end);
    if (isChinese(text) && isChinese(folded.slice(prev.start, prev.end))) {
      const last = folded.charCodeAt(prev.end - 1);
      const open = last >= 0x3400 && last <= 0x9fff; // ended on a character, not on punctuation
      if (open && !/^[,;。、.!?:]/u.test(text) && !folded.slice(prev.end, p.start).includes('\n\n')) skip.add(k);
    }
  }
  return skip;
}

/** Every block has the same fields in the same order (one object shape for the loops that read them). */
function newBlock(mode: Mode, fields: { heading?: Block['heading']; restart?: boolean; rescue?: Block['rescue']; field?: boolean } = {}): Block {
  return { mode, heading: fields.heading, items: [], restart: fields.restart ?? false, rescue: fields.rescue, field: fields.field };
}

function buildBlocks(folded: string, pieces: Piece[]): Block[] {
  const dutyAhead = pieces.some((p) => p.type === 'heading' && p.kind === 'duties' && !p.unknown);
  let lastKnown: BlockKind | undefined;
  let dutySeen = false;
  let block = newBlock(dutyAhead ? 'intro' : 'wording');
  let resume: Block = block;
  const blocks: Block[] = [block];
  let lastNumber = 0;
  const labels = notItems(folded, pieces);
  for (let index = 0; index < pieces.length; index++) {
    const p = pieces[index]!;
    if (p.type === 'heading') {
      if (p.field) {
        block = newBlock('other', { heading: p, field: true });
        blocks.push(block);
        continue;
      }
      if (!p.unknown) lastKnown = p.kind;
      if (p.kind === 'duties' && !p.unknown) dutySeen = true;
      const mode = modeFor(p.kind, p.unknown, lastKnown, dutySeen, dutyAhead);
      const rescue = p.unknown && mode !== 'duties' ? 'unknown' : mode === 'other' ? 'other' : undefined;
      block = resume = newBlock(mode, { heading: p, rescue });
      blocks.push(block);
      lastNumber = 0;
      continue;
    }
    if (!hasSubstance(folded, p.start, p.end)) continue;
    if (block.field && !p.field) {
      block = newBlock(resume.mode, { rescue: resume.rescue });
      blocks.push(block);
    }
    const listMode = block.mode === 'duties' || block.mode === 'wording';
    if (listMode && p.marker === 'number' && p.value === 1 && lastNumber >= 2) {
      block = newBlock('wording', { restart: true });
      blocks.push(block);
    }
    if (p.marker === 'number' && p.value !== undefined) lastNumber = p.value;
    const marked = p.marker !== 'none';
    // The text (and its script) is read only where the wording decides now: not under requirements or other
    // headings (an "about us" block reads its lines later, in rescueRuns, and only those it must).
    const worded = block.mode === 'duties' || block.mode === 'wording' || block.rescue === 'unknown';
    const text = worded ? folded.slice(p.start, p.end) : '';
    const zh = worded && isChinese(text);
    const cls = labels.has(index) ? 'other' : classify(block.mode, text, marked, zh);
    // The wording alone matters only where a block may be rescued as a duty list.
    const byWording = block.mode !== 'wording' && block.rescue === 'unknown' ? classifyByWording(text, marked, zh) : cls;
    block.items.push({ start: p.start, end: p.end, marked, cls, byWording });
  }
  for (const b of blocks) settle(b, folded);
  return blocks;
}

function sectionKind(b: Block): SectionKind {
  if (b.mode === 'duties' || b.mode === 'requirements' || b.mode === 'other') return b.mode;
  if (b.items.some((i) => i.cls === 'duties')) return 'duties';
  return b.items.some((i) => i.cls === 'requirements') ? 'requirements' : 'other';
}

/** Split a posting into sections and duty / requirement / other lines, with offsets into `input`. */
export function segmentPosting(input: string, options: { other?: boolean } = {}): Segmented {
  // The analysis reads duties and requirements only: with `other: false` the rest is not copied out.
  const keepOther = options.other ?? true;
  const text = typeof input === 'string' ? input : '';
  const folded = fold(text);
  const pieces: Piece[] = [];
  for (const line of splitLines(folded)) linePieces(folded, line.start, line.end, pieces);
  const out: Segmented = { sections: [], duties: [], requirements: [], other: [] };
  for (const b of buildBlocks(folded, pieces)) {
    if (!b.heading && b.items.length === 0) continue;
    const start = b.heading?.start ?? b.items[0]!.start;
    const end = b.items.length ? b.items[b.items.length - 1]!.end : b.heading!.end;
    const section: Section = { kind: sectionKind(b), start, end };
    if (b.heading) section.heading = text.slice(b.heading.start, b.heading.end).trim();
    out.sections.push(section);
    for (const i of b.items) {
      if (i.cls !== 'other' || keepOther) out[i.cls].push({ text: text.slice(i.start, i.end), start: i.start, end: i.end });
    }
  }
  return out;
}
