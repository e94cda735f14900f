// Text normalisation with a map back to the original, so that anything found in the
// normalised text (a duty line, a cue) can be highlighted on the exact original characters.

export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * `map[i]` is the index in the original text of normalised character `i`;
   * `map[text.length]` is the original length, so a half-open span [s, e) maps to [map[s], map[e]).
   * `null` when every character stayed in place (the index in one is the index in the other).
   */
  map: Uint32Array | null;
}

export interface NormalizeOptions {
  /** Lower-case as well (for matching English cues). */
  lowercase?: boolean;
}

const BULLETS = new Set(['•', '●', '◆', '◇', '■', '□', '▪', '▫', '►', '▶', '➢', '➤', '★', '☆', '○', '◎', '・', '‧', '∙', '⁃', '‣', '◦', '✓', '✔', '√']);
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029', '\u000b', '\u000c', '\u0085']);

// NFKC of one code point is a pure function of it: cache it, since String#normalize is slow and
// postings repeat the same few hundred characters.
const nfkcCache = new Map<string, string>();

function nfkc(ch: string): string {
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    // NFKC leaves a few look-alikes that postings use as punctuation.
    if (out === '\u2014' || out === '\u2013' || out === '\u2212') out = '-';
    if (nfkcCache.size < 20_000) nfkcCache.set(ch, out);
  }
  return out;
}

/** Normalise one code point: NFKC (full-width → half-width), unified spaces. */
function normalizeCodePoint(ch: string, code: number, lowercase: boolean): string {
  // Fast paths: printable ASCII and CJK ideographs are already in NFKC form.
  if (code >= 0x20 && code < 0x7f) return lowercase && code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  if (ch === '\t' || ch === '\u00a0' || ch === '\u3000') return ' ';
  if (ch === '\u200b' || ch === '\ufeff') return '';
  if (LINE_BREAKS.has(ch)) return '\n';
  const out = nfkc(ch);
  return lowercase ? out.toLowerCase() : out;
}

/**
 * NFKC per code point, full-width to half-width, whitespace unified (tabs, NBSP, ideographic space → ' ';
 * CR, CRLF, LS, PS → '\n'), bullet glyphs at the start of a line → '•', zero-width characters dropped.
 * Per-code-point NFKC keeps the map exact; compositions across code points are rare in postings.
 */
export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  const lowercase = options.lowercase ?? false;
  const simple = normalizeOneToOne(input, lowercase);
  if (simple !== undefined) return simple;
  // Units that normalise to themselves are copied as runs (slices), not one string per character:
  // most of a posting is such a run. Lower-casing a run is exact because it holds only ASCII and
  // characters whose own lower-casing is themselves.
  const parts: string[] = [];
  let runStart = 0;
  const endRun = (at: number) => {
    if (at > runStart) parts.push(lowercase ? input.slice(runStart, at).toLowerCase() : input.slice(runStart, at));
  };
  // One slot per original unit is enough unless NFKC expands a character; then it grows.
  let map = new Uint32Array(input.length + 1);
  let n = 0;
  /** Room for `count` more entries plus one per unit still unread after `next`, plus the final entry. */
  const reserve = (count: number, next: number) => {
    const extra = count + input.length - next;
    if (n + extra < map.length) return;
    const grown = new Uint32Array(Math.max(map.length * 2, n + extra + 1));
    grown.set(map);
    map = grown;
  };
  let atLineStart = true;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    // Fast path: printable ASCII and CJK ideographs are already in NFKC form (ASCII is lowered with its run).
    if ((code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) {
      if (code !== 0x20) atLineStart = false;
      map[n++] = i++;
      continue;
    }
    // CRLF is one line break.
    if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) {
      endRun(i);
      parts.push('\n');
      map[n++] = i;
      i += 2;
      runStart = i;
      atLineStart = true;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? input[i]! : input.slice(i, i + width);
    const out = atLineStart && BULLETS.has(ch) ? '•' : normalizeCodePoint(ch, cp, lowercase);
    if (out === '\n') atLineStart = true;
    else if (out !== ' ' && out !== '') atLineStart = false;
    if (width === 1 && out === ch) {
      map[n++] = i++;
      continue;
    }
    endRun(i);
    reserve(out.length, i + width);
    for (let k = 0; k < out.length; k++) map[n++] = i;
    parts.push(out);
    i += width;
    runStart = i;
  }
  endRun(i);
  map[n++] = input.length;
  return { text: parts.join(''), map: n === map.length ? map : map.slice(0, n) };
}

/** CJK punctuation that NFKC and lower-casing leave as it is: 、。“”‘’《》「」【】. */
const KEPT_PUNCTUATION = new Set([0x3001, 0x3002, 0x201c, 0x201d, 0x2018, 0x2019, 0x300a, 0x300b, 0x300c, 0x300d, 0x3010, 0x3011]);

/**
 * The common case of a duty line: every unit is printable ASCII, a CJK ideograph, a full-width ASCII form,
 * an ideographic space or punctuation that NFKC keeps. Each unit then normalises to exactly one unit, no
 * line-start state matters and the map is the identity, so one pass does it (unchanged runs copied as
 * slices). Returns undefined for any other text (the general path handles it).
 */
function normalizeOneToOne(input: string, lowercase: boolean): Normalized | undefined {
  let out = '';
  let runStart = 0;
  let upper = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      if (code >= 0x41 && code <= 0x5a) upper = true;
    } else if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) {
      const half = code === 0x3000 ? 0x20 : code - 0xfee0;
      if (half >= 0x41 && half <= 0x5a) upper = true;
      out += input.slice(runStart, i) + String.fromCharCode(half);
      runStart = i + 1;
    } else if (!(code >= 0x4e00 && code <= 0x9fff) && !KEPT_PUNCTUATION.has(code)) {
      return undefined;
    }
  }
  const text = runStart === 0 ? input : out + input.slice(runStart);
  // Lower-casing this text touches only A–Z: ideographs and the kept punctuation have no case.
  // No identity map: allocating one for every line cost more than the rest of this function.
  return { text: lowercase && upper ? text.toLowerCase() : text, map: null };
}

/** Map a half-open span of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (n.map === null) {
    const s = Math.min(start, n.text.length);
    return { start: s, end: Math.max(s, Math.min(end, n.text.length)) };
  }
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  // The end maps to the original index just past the last normalised character.
  const lastChar = end > start ? n.map[end - 1]! : s;
  let e = end > start ? n.map[end]! : s;
  // Several normalised characters can come from one original code point (NFKC expansions):
  // never end in the middle of that code point.
  if (e <= lastChar) e = lastChar + 1;
  return { start: s, end: Math.max(s, e) };
}
