// A posting longer than any real one (a page that dumps a whole archive into the description) is
// analysed from its start only: the analysis keeps per-line detail, so a 2 MB text would make a
// result of tens of MB, past what storage.session and the history can hold. The cut keeps a prefix
// (the duties' offsets still point into the page's text) and the original length is reported.
import type { ExtractedPosting } from '../../sites/types';

export const MAX_POSTING_CHARS = 12_000;

export interface CappedPosting {
  posting: ExtractedPosting;
  /** The original length, when the text was cut. */
  cappedFrom?: number;
}

export function capPosting(posting: ExtractedPosting, max = MAX_POSTING_CHARS): CappedPosting {
  const { text } = posting;
  if (text.length <= max) return { posting };
  // Cut at a line break when one is near the limit, so no duty line is analysed half.
  const lastBreak = text.lastIndexOf('\n', max);
  const cut = lastBreak > max * 0.8 ? lastBreak : max;
  return { posting: { ...posting, text: text.slice(0, cut) }, cappedFrom: text.length };
}
