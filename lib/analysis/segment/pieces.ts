// One physical line → headings and list items. A line may hold a heading with text after it
// ("岗位职责：1、…"), a heading in its middle ("…完成业绩指标。岗位要求:1、…") and inline numbering
// ("1、做A；2、做B；3、做C"); each becomes its own piece. Items are never split at "；".
import { headingAt, inlineHeadingEndingAt } from './headings';
import { FIELD_LABELS, type BlockKind } from './heading-lexicon';
import { CN_DIGIT_CODES, isSpace, numberingAt, parseListMarker, skipSpace, trimEnd, type ListMarker } from './markers';

/** Both kinds of piece carry every field, built in one order (headingPiece / itemPiece): one object shape to read. */
export type Piece =
  | { type: 'heading'; kind: BlockKind; unknown: boolean; start: number; end: number; marker: 'none'; value: undefined; field: boolean }
  | { type: 'item'; kind: undefined; unknown: false; start: number; end: number; marker: ListMarker['kind']; value: number | undefined; field: boolean };

function headingPiece(kind: BlockKind, unknown: boolean, start: number, end: number, field = false): Piece {
  return { type: 'heading', kind, unknown, start, end, marker: 'none', value: undefined, field };
}

function itemPiece(start: number, end: number, marker: ListMarker['kind'], value: number | undefined): Piece {
  return { type: 'item', kind: undefined, unknown: false, start, end, marker, value, field: false };
}

// Folded text: full-width punctuation is already half-width (；→; ：→: ，→,).
const NUMBER_BOUNDARY = ';。!?:,、';

// What the inline scan needs to know of each UTF-16 unit, in one table: a lookup per character is
// cheaper than a call to isSpace plus a Set lookup (the scan touches every character of every item).
const NONE = 0;
const SPACE = 1;
/** Punctuation after which a number may start the next item. */
const BOUNDARY = 2;
/** A closing bracket: it may end an inline heading ("【任职要求】"), but no number starts an item after it. */
const CLOSER = 3;
const SCAN_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpace(c)) SCAN_CLASS[c] = SPACE;
for (const ch of NUMBER_BOUNDARY) SCAN_CLASS[ch.charCodeAt(0)] = BOUNDARY;
for (const ch of '】]') SCAN_CLASS[ch.charCodeAt(0)] = CLOSER;

/**
 * Units that may open an inline bullet or numbering (see `isListStart` and the bullet test in `splitInline`):
 * after a space or punctuation, anything else rules out a cut with one look-up.
 */
const ITEM_OPENERS = `0123456789(-·•●▪${String.fromCharCode(...CN_DIGIT_CODES)}`;
const GLYPHS_FROM = 0x2460; // circled / parenthesised digits … 【 … parenthesised ideographs (㈠)
const GLYPHS_TO = 0x3229;
const MAY_OPEN_ITEM = new Uint8Array(0x10000);
for (const ch of ITEM_OPENERS) MAY_OPEN_ITEM[ch.charCodeAt(0)] = 1;
for (let c = GLYPHS_FROM; c <= GLYPHS_TO; c++) MAY_OPEN_ITEM[c] = 1;

/** What the inline scan starts from: a unit that is always an anchor, or an opener after a space or boundary. */
const ALWAYS = 1;
const OPENER = 2;
const ANCHOR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (MAY_OPEN_ITEM[c] === 1) ANCHOR[c] = OPENER;
for (const ch of ':]】') ANCHOR[ch.charCodeAt(0)] = ALWAYS;

/**
 * Whether the scan acts at `at`: a colon or closing bracket (an inline heading may end there), or an item opener
 * right after a space or boundary punctuation. An opener anywhere else ("cross-functional", "2024") never starts a cut.
 */
function isAnchor(text: string, at: number): boolean {
  const kind = ANCHOR[text.charCodeAt(at)];
  if (kind !== OPENER) return kind === ALWAYS;
  const before = SCAN_CLASS[text.charCodeAt(at - 1)];
  return at > 0 && (before === SPACE || before === BOUNDARY);
}

/**
 * The first place in [from, end) where `splitInline` may cut, or -1: an anchor (see isAnchor), or the boundary /
 * first space of the run right before an item opener. A superset of the places the scan acts on, so it can jump
 * from one to the next. A table look-up per unit (a regex search with a look-behind was half again as slow).
 * Linear: a space run is walked back only from the opener right after it.
 */
function nextCutCandidate(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    if (ANCHOR[text.charCodeAt(at)] === 0 || !isAnchor(text, at)) continue;
    if (MAY_OPEN_ITEM[text.charCodeAt(at)] === 1) {
      let k = at - 1;
      while (k >= from && SCAN_CLASS[text.charCodeAt(k)] === SPACE) k--;
      if (k >= from && SCAN_CLASS[text.charCodeAt(k)] === BOUNDARY) return k;
      if (k >= from && k + 1 < at) return k + 1;
      // The spaces start at `from`: a candidate only when `from` opens the run.
      if (k < from && from < at && SCAN_CLASS[text.charCodeAt(from - 1)] !== SPACE) return from;
    }
    const cls = SCAN_CLASS[text.charCodeAt(at)];
    if (cls === CLOSER || text.charCodeAt(at) === 0x3a) return at;
  }
  return -1;
}

/** `parsed`: the marker of [start, end) when the caller has it already. */
function pushItem(text: string, start: number, end: number, out: Piece[], forced?: number, parsed?: ListMarker): void {
  const m = parsed ?? parseListMarker(text, start, end);
  const e = trimEnd(text, m.contentStart, end);
  if (m.contentStart >= e) return;
  const value = forced ?? m.value;
  const marker = forced !== undefined ? 'number' : m.kind;
  out.push(itemPiece(m.contentStart, e, marker, value));
}

/** Index of the last non-space character before `i` (or `floor`). */
function skipBack(text: string, i: number, floor: number): number {
  while (i > floor && SCAN_CLASS[text.charCodeAt(i)] === SPACE) i--;
  return i;
}

function isListStart(text: string, j: number, end: number): { value: number; end: number } | undefined {
  const c = text.charCodeAt(j);
  // Only digit / bracket / circled numbering counts inline; a bare "3 " is a quantity.
  if (j >= end || !((c >= 0x30 && c <= 0x39) || c === 0x28 || c >= 0x2460)) return undefined;
  const num = numberingAt(text, j, end);
  return num && text[num.end - 1] !== ' ' && num.end < end ? num : undefined;
}

interface Cutter {
  text: string;
  end: number;
  out: Piece[];
  segStart: number;
  segNumber: number | undefined;
  expected: number;
}

function cutItem(c: Cutter, at: number, value?: number): void {
  if (at > c.segStart) pushItem(c.text, c.segStart, at, c.out, c.segNumber);
  c.segStart = at;
  c.segNumber = value;
}

/** Returns where scanning resumes: past the first number of a list that starts right after the heading. */
function cutHeading(c: Cutter, at: number, kind: BlockKind, after: number): number {
  cutItem(c, at);
  c.out.push(headingPiece(kind, false, at, after));
  c.segStart = after;
  c.segNumber = undefined;
  c.expected = 1;
  const num = isListStart(c.text, after, c.end);
  if (!num) return after;
  c.segNumber = num.value;
  c.expected = num.value + 1;
  return num.end;
}

/**
 * Split one item-bearing stretch [start, end) at inline headings, inline bullets and sequential inline numbering.
 * `marker`: the stretch's list marker, parsed by the caller over [start, end); its text starts past it.
 */
function splitInline(text: string, start: number, end: number, marker: ListMarker, out: Piece[], leading?: number): void {
  const contentFrom = marker.contentStart;
  const c: Cutter = { text, end, out, segStart: start, segNumber: undefined, expected: (leading ?? 0) + 1 };
  for (let i = contentFrom; i < end; i++) {
    i = nextCutCandidate(text, i, end);
    if (i < 0) break;
    const cls = SCAN_CLASS[text.charCodeAt(i)];
    if (cls === NONE) continue;
    const space = cls === SPACE;
    // Fast path: only punctuation and the first space of a run can start a cut (a run is looked at once: linear).
    if (space && i > contentFrom && SCAN_CLASS[text.charCodeAt(i - 1)] === SPACE) continue;
    const ch = text[i]!;
    if (ch === ':' || cls === CLOSER) {
      const h = inlineHeadingEndingAt(text, contentFrom, i, false);
      if (h && h.at > contentFrom) {
        i = cutHeading(c, h.at, h.kind, skipSpace(text, ch === ':' ? i + 1 : text[i + 1] === ':' ? i + 2 : i + 1, end)) - 1;
        continue;
      }
      if (cls === CLOSER) continue;
    }
    const j = skipSpace(text, i + 1, end);
    if (j >= end || !MAY_OPEN_ITEM[text.charCodeAt(j)]) continue;
    // "…；- 下一项" / "… • next": a bullet after punctuation starts the next item.
    if ((ch === ';' || ch === '。' || ch === ':' || space) && i > contentFrom) {
      const b = text[j];
      // After a space, "-" is a bullet only in Chinese text ("A - B" in English is a dash).
      const prev = text.charCodeAt(skipBack(text, i, contentFrom));
      const bullet = b === '•' || b === '●' || b === '▪' || ((b === '-' || b === '·') && (!space || prev >= 0x3000));
      if (bullet && j + 1 < end && text[j + 1] !== b) {
        cutItem(c, j);
        i = j;
        continue;
      }
    }
    const num = isListStart(text, j, end);
    if (!num) continue;
    // A heading word right before a list ("…效果。任职要求 1. …").
    const h = space ? inlineHeadingEndingAt(text, contentFrom, i, num.value === 1) : undefined;
    if (h && h.at > contentFrom) {
      i = cutHeading(c, h.at, h.kind, j) - 1;
      continue;
    }
    // The next number, or the same number again (lists written "1、2、2、3、").
    if (!(num.value === c.expected || (num.value === c.expected - 1 && c.expected > 2))) continue;
    cutItem(c, j, num.value);
    c.expected = num.value + 1;
    i = num.end - 1;
  }
  // Uncut, the last stretch is the whole one, whose marker the caller parsed.
  pushItem(text, c.segStart, end, out, c.segNumber, c.segStart === start ? marker : undefined);
}

function fieldLabel(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\s*_#【】[\]:]+/g, ' ').trim().toLowerCase();
}

/** Headings and items of the physical line [start, end) of folded text. */
export function linePieces(text: string, start: number, end: number, out: Piece[]): void {
  let s = skipSpace(text, start, end);
  const e = trimEnd(text, s, end);
  for (let guard = 0; s < e && guard < 8; guard++) {
    const m = parseListMarker(text, s, e);
    const h = headingAt(text, m.contentStart, e, m.kind !== 'none');
    if (!h) {
      splitInline(text, s, e, m, out, m.kind === 'number' ? m.value : undefined);
      return;
    }
    if (h.restStart < e && FIELD_LABELS.has(fieldLabel(text, m.contentStart, h.end))) {
      out.push(headingPiece(h.kind, false, s, h.end, true));
      const first = out.length;
      splitInline(text, h.restStart, e, parseListMarker(text, h.restStart, e), out);
      const value = out[first];
      if (value?.type === 'item') value.field = true;
      return;
    }
    out.push(headingPiece(h.kind, h.unknown, s, h.end));
    s = h.restStart;
  }
}
