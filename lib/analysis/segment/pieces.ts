// One physical line → headings and list items. A line may hold a heading with text after it
// ("岗位职责：1、…"), a heading in its middle ("…完成业绩指标。岗位要求:1、…") and inline numbering
// ("1、做A；2、做B；3、做C"); each becomes its own piece. Items are never split at "；".
import { headingAt, inlineHeadingEndingAt } from './headings';
import type { BlockKind } from './heading-lexicon';
import { isSpace, numberingAt, parseListMarker, skipSpace, trimEnd, type ListMarker } from './markers';

export type Piece =
  | { type: 'heading'; kind: BlockKind; unknown: boolean; start: number; end: number }
  | { type: 'item'; start: number; end: number; marker: ListMarker['kind']; value?: number };

const NUMBER_BOUNDARY = new Set(['；', ';', '。', '!', '！', '?', '？', ':', ' ', '\t', ',', '，']);

function pushItem(text: string, start: number, end: number, out: Piece[], forced?: number): void {
  const m = parseListMarker(text, start, end);
  const e = trimEnd(text, m.contentStart, end);
  if (m.contentStart >= e) return;
  const value = forced ?? m.value;
  const marker = forced !== undefined ? 'number' : m.kind;
  out.push({ type: 'item', start: m.contentStart, end: e, marker, value });
}

/** Split one item-bearing stretch [start, end) at inline headings and sequential inline numbering. */
function splitInline(text: string, start: number, end: number, out: Piece[], leading?: number): void {
  let expected = (leading ?? 0) + 1;
  let segStart = start;
  let segNumber: number | undefined;
  const contentFrom = parseListMarker(text, start, end).contentStart;
  for (let i = contentFrom; i < end; i++) {
    const ch = text[i]!;
    if (ch === ':' || ch === '】' || ch === ']') {
      const h = inlineHeadingEndingAt(text, contentFrom, i);
      if (h && h.at > contentFrom) {
        pushItem(text, segStart, h.at, out, segNumber);
        const after = skipSpace(text, ch === ':' ? i + 1 : text[i + 1] === ':' ? i + 2 : i + 1, end);
        out.push({ type: 'heading', kind: h.kind, unknown: false, start: h.at, end: after });
        segStart = after;
        segNumber = undefined;
        expected = 1;
        continue;
      }
    }
    if (NUMBER_BOUNDARY.has(ch) || isSpace(text.charCodeAt(i))) {
      const j = skipSpace(text, i + 1, end);
      const c = text.charCodeAt(j);
      // Only digit / circled numbering counts inline; a bare "3 " is a quantity.
      if (j < end && ((c >= 0x30 && c <= 0x39) || c === 0x28 || c >= 0x2460)) {
        const num = numberingAt(text, j, end);
        if (num && num.value === expected && num.end > j + 0 && text[num.end - 1] !== ' ' && num.end < end) {
          if (j > segStart) pushItem(text, segStart, j, out, segNumber);
          segStart = j;
          segNumber = num.value;
          expected++;
          i = num.end - 1;
        }
      }
    }
  }
  pushItem(text, segStart, end, out, segNumber);
}

/** Headings and items of the physical line [start, end) of folded text. */
export function linePieces(text: string, start: number, end: number, out: Piece[]): void {
  let s = skipSpace(text, start, end);
  const e = trimEnd(text, s, end);
  for (let guard = 0; s < e && guard < 8; guard++) {
    const m = parseListMarker(text, s, e);
    const h = headingAt(text, m.contentStart, e, m.kind !== 'none');
    if (!h) {
      splitInline(text, s, e, out, m.kind === 'number' ? m.value : undefined);
      return;
    }
    out.push({ type: 'heading', kind: h.kind, unknown: h.unknown, start: s, end: h.end });
    s = h.restStart;
  }
}
