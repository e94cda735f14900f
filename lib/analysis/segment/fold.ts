// A one-to-one folding of the posting for matching: every UTF-16 unit maps to exactly one unit, so an
// index into the folded text is the same index into the original and no offset map is needed.
// (normalize.ts gives full NFKC with a map, but costs ~0.4 s a megabyte; segmenting must stay cheap.)

function foldUnit(c: number): number {
  if (c < 0x80) return c === 0x09 ? 0x20 : c;
  // Full-width ASCII (，：；（）１２ …) → half-width.
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0x00a0) return 0x20;
  // Kangxi radicals, CJK compatibility ideographs, small and vertical forms: NFKC when it stays one unit.
  const compat = (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe6f);
  if (!compat) return c;
  const n = String.fromCharCode(c).normalize('NFKC');
  return n.length === 1 ? n.charCodeAt(0) : c;
}

// Every unit's folding, computed once (128 KB): one array read per character instead of range tests.
let table: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = foldUnit(c);
  }
  return table;
}

// Every unit that may fold to another (a superset of the table's changes): found by a native regex search, which
// is several times faster than reading the posting unit by unit in a loop.
const FOLDABLE_RE = /[\t\u00a0\u3000\uff01-\uff5e\u2e80-\u2fdf\uf900-\ufaff\ufe10-\ufe6f]/g;

/**
 * Chinese text has a full-width comma or colon every few characters: a regex call and a slice for each cost more
 * than one pass through a buffer. Once this many changed units stand at least this densely, the whole text goes
 * through the buffer (see foldByBuffer); sparse ones (English with a stray tab or no-break space) keep the slices.
 */
const DENSE_AFTER = 3;
const DENSE_SHARE = 0.02;

/** FOLDABLE_RE's units above Latin-1: Chinese text has one within a few characters. */
const WIDE_FOLDABLE_RE = /[\u2e80-\u2fdf\u3000\uf900-\ufaff\ufe10-\ufe6f\uff01-\uff5e]/;

/** Whether any unit may fold: English text usually has none, and native searches say so faster than the scan below. */
function mayFold(input: string): boolean {
  return WIDE_FOLDABLE_RE.test(input) || input.includes('\t') || input.includes('\u00a0');
}

/** Fold full-width forms and compatibility characters, keeping the length (and every offset) unchanged. */
export function fold(input: string): string {
  if (!mayFold(input)) return input;
  const folded = foldTable();
  // Copy unchanged runs as slices and join once: most units fold to themselves, and building the string unit by
  // unit (or spreading a buffer into String.fromCharCode) was the segmenter's largest cost.
  let parts: string[] | undefined;
  let runStart = 0;
  // The buffer is tried once: it declines a text with a surrogate in it.
  let tried = false;
  FOLDABLE_RE.lastIndex = 0;
  for (let m = FOLDABLE_RE.exec(input); m; m = FOLDABLE_RE.exec(input)) {
    const i = m.index;
    const c = input.charCodeAt(i);
    const f = folded[c]!;
    if (f === c) continue;
    if (!tried && parts !== undefined && parts.length >= 2 * DENSE_AFTER && parts.length / 2 >= DENSE_SHARE * (i + 1)) {
      tried = true;
      const whole = foldByBuffer(input, folded);
      if (whole !== undefined) return whole;
    }
    (parts ??= []).push(input.slice(runStart, i), String.fromCharCode(f));
    runStart = i + 1;
  }
  if (!parts) return input;
  parts.push(input.slice(runStart));
  return parts.join('');
}

/** The buffer kept between calls (128 KB at most): a longer text gets one of its own, freed with it. */
const KEPT_UNITS = 1 << 16;
let buffer = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

function bufferFor(units: number): Uint16Array {
  if (units > KEPT_UNITS) return new Uint16Array(units);
  if (buffer.length < units) buffer = new Uint16Array(Math.min(KEPT_UNITS, units * 2));
  return buffer;
}

/**
 * The whole text folded unit by unit into a buffer, decoded in one native call; undefined when the text holds a
 * surrogate (the decoder would replace a lone one, and the folding must keep every unit as it is).
 */
function foldByBuffer(input: string, folded: Uint16Array): string | undefined {
  const out = bufferFor(input.length);
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    out[i] = folded[c]!;
  }
  return utf16.decode(out.subarray(0, input.length));
}
