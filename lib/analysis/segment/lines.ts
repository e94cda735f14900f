// Physical lines: line breaks, and the block-level HTML tags some boards leave in the text ("<br />", "</p>").

export interface Span {
  start: number;
  end: number;
}

// Bounded tag body ({0,200}) and no nested quantifiers: linear on any input.
const BREAK_RE = /\r\n|[\n\r\u2028\u2029\u000b\u000c\u0085]|<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|dd|dt)\b[^<>\n]{0,200}>/gi;

// Every break but "\n" needs one of these units: a text without any is split at "\n" by native search alone.
// One indexOf per unit is several times faster than one character-class regex over the text.
const RARE_BREAK_UNITS = ['\r', '\u2028', '\u2029', '\u000b', '\u000c', '\u0085', '<'];
const hasRareBreak = (text: string) => RARE_BREAK_UNITS.some((unit) => text.includes(unit));

export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  if (!hasRareBreak(text)) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      out.push({ start, end: nl });
      start = nl + 1;
    }
    out.push({ start, end: text.length });
    return out;
  }
  BREAK_RE.lastIndex = 0;
  for (let m = BREAK_RE.exec(text); m; m = BREAK_RE.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}
