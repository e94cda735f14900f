// A one-to-one folding of the posting for matching: every UTF-16 unit maps to exactly one unit, so an
// index into the folded text is the same index into the original and no offset map is needed.
// (normalize.ts gives full NFKC with a map, but costs ~0.4 s a megabyte; segmenting must stay cheap.)

const cache = new Map<number, number>();

function foldUnit(c: number): number {
  if (c < 0x80) return c === 0x09 ? 0x20 : c;
  // Full-width ASCII (，：；（）１２ …) → half-width.
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0x00a0) return 0x20;
  // Kangxi radicals, CJK compatibility ideographs, small and vertical forms: NFKC when it stays one unit.
  const compat = (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe6f);
  if (!compat) return c;
  let out = cache.get(c);
  if (out === undefined) {
    const n = String.fromCharCode(c).normalize('NFKC');
    out = n.length === 1 ? n.charCodeAt(0) : c;
    cache.set(c, out);
  }
  return out;
}

/** Fold full-width forms and compatibility characters, keeping the length (and every offset) unchanged. */
export function fold(input: string): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  const buf = new Uint16Array(Math.min(CHUNK, input.length));
  for (let base = 0; base < input.length; base += CHUNK) {
    const end = Math.min(input.length, base + CHUNK);
    for (let i = base; i < end; i++) buf[i - base] = foldUnit(input.charCodeAt(i));
    chunks.push(String.fromCharCode(...buf.subarray(0, end - base)));
  }
  return chunks.join('');
}
