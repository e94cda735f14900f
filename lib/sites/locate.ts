// Finds where text that came from embedded JSON (JSON-LD, __NEXT_DATA__, __INITIAL_STATE__) is shown
// on the page, so the posting can be re-read from the visible DOM and keep its Text-node segments.
import { oneLine, shownText } from './dom';

const MIN_PROBE = 6;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const HIDDEN_TEXT = 'script, style, noscript, template';
// shownText (dom.ts) leaves the JSON itself out: embedded data must never count as "shown".

/**
 * The smallest element whose shown text contains the first and last lines of `text` (each cut to a
 * probe). Undefined when the page does not show the text (the caller keeps the JSON text, no segments).
 */
export function locateVisibleBlock(doc: Document, text: string): Element | undefined {
  const lines = text.split('\n').map((line) => oneLine(line)).filter((line) => line.length >= MIN_PROBE);
  const first = lines[0];
  const last = lines[lines.length - 1];
  const root = doc.body;
  if (!first || !last || !root) return undefined;
  const head = first.slice(0, 24);
  const tail = last.slice(-24);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!oneLine(node.textContent ?? '').includes(head.slice(0, MIN_PROBE))) continue;
    if (node.parentElement?.closest(HIDDEN_TEXT)) continue;
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      const shown = shownText(element);
      if (shown.includes(head) && shown.includes(tail)) return element;
    }
  }
  return undefined;
}
