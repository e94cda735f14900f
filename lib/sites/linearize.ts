// Turns a description block into readable lines while remembering, character by character, which
// page Text node each character came from (so an analysed duty can be tinted back on the page).
import type { TextSegment } from './types';

export interface Linearized {
  text: string;
  segments: TextSegment[];
}

export interface LinearizeOptions {
  /** Elements (and their subtrees) to leave out: buttons, "About the job" headings, company intros. */
  exclude?: readonly string[];
  /** Treat the source's \n as line breaks even without a pre-* style (pages saved without their CSS). */
  preserveLineBreaks?: boolean;
  /** Elements to leave out that no selector can name (e.g. anti-scraping watermark spans). */
  skip?: (element: Element) => boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

// Never visible as text, or controls whose labels ("Apply", "Show more") are page furniture.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'IFRAME',
  'OBJECT', 'CANVAS', 'IMG', 'VIDEO', 'AUDIO',
]);

const WHITESPACE = /\s/;

export function linearize(roots: Element | readonly Element[], options: LinearizeOptions = {}): Linearized {
  const writer = new LineWriter();
  const exclude = options.exclude?.join(', ');
  const visit = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === 3) {
      writer.writeText(node as Text, preformatted);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) return;
    if (exclude && safeMatches(element, exclude)) return;
    if (options.skip?.(element)) return;
    const style = computedStyle(element);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return;
    const isBlock = BLOCK_TAGS.has(tag) || (style?.display ?? '').startsWith('block') || style?.display === 'list-item';
    const pre = preformatted || tag === 'PRE' || isPreformatted(style);
    if (isBlock) writer.lineBreak();
    for (const child of Array.from(element.childNodes)) visit(child, pre);
    if (isBlock) writer.lineBreak();
  };
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    writer.lineBreak();
    const rootPre = options.preserveLineBreaks === true || (root as Element).tagName.toUpperCase() === 'PRE' || isPreformatted(computedStyle(root as Element));
    for (const child of Array.from((root as Element).childNodes)) visit(child, rootPre);
  }
  return writer.result();
}

/**
 * Description HTML that came from embedded JSON: parsed inert (no scripts, no image loads); no page nodes.
 * Parsed with `doc`'s own window when given, so it works in any DOM (jsdom in Node has no global
 * DOMParser); otherwise with the global DOMParser (the page's window).
 */
export function linearizeHtml(html: string, options: LinearizeOptions & { doc?: Document } = {}): Linearized {
  const parse = inertParser(options.doc);
  let body = parse(HAS_TAG.test(html) ? html : `<pre>${html}</pre>`); // plain text keeps its \n lines
  // Some sites entity-escape the HTML once more ("&lt;p&gt;…"): decode and parse again.
  if (!HAS_TAG.test(html) && HAS_TAG.test(body.textContent ?? '')) body = parse(body.textContent ?? '');
  return { text: linearize(body, options).text, segments: [] };
}

/** The parser of `doc`'s own window, else the global one: a parsed document is inert (nothing runs or loads). */
function inertParser(doc: Document | undefined): (source: string) => HTMLElement {
  const Parser = doc?.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) throw new Error('linearizeHtml: no DOMParser here; pass a document that has a window as options.doc');
  return (source) => new Parser().parseFromString(source, 'text/html').body;
}

const HAS_TAG = /<(p|br|div|ul|ol|li|h[1-6]|strong|b|span|section|table)\b[^>]*>/i;

/** Plain text (already lines) from embedded JSON. */
export function linearizePlain(text: string): Linearized {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { text: lines.join('\n'), segments: [] };
}

/** `text.slice(start, end)` with its segments clipped and shifted to match. */
export function sliceLinearized(input: Linearized, start: number, end: number): Linearized {
  const segments: TextSegment[] = [];
  for (const segment of input.segments) {
    const from = Math.max(segment.start, start);
    const to = Math.min(segment.end, end);
    if (from >= to) continue;
    segments.push({
      start: from - start,
      end: to - start,
      node: segment.node,
      nodeOffset: segment.nodeOffset + (from - segment.start),
    });
  }
  return { text: input.text.slice(start, end), segments };
}

/** Drops leading / trailing whole lines that are page furniture ("About the job", "… more"). */
export function dropFurnitureLines(input: Linearized, isFurniture: (line: string) => boolean): Linearized {
  const lines = input.text.split('\n');
  let first = 0;
  let last = lines.length;
  while (first < last && isFurniture(lines[first]!.trim())) first++;
  while (last > first && isFurniture(lines[last - 1]!.trim())) last--;
  const start = lines.slice(0, first).reduce((sum, line) => sum + line.length + 1, 0);
  const end = start + lines.slice(first, last).join('\n').length;
  return sliceLinearized(input, start, end);
}

class LineWriter {
  private text = '';
  private readonly segments: TextSegment[] = [];
  private needBreak = false;
  private pendingSpace: { node: Text; offset: number } | null = null;

  lineBreak(): void {
    this.needBreak = true;
    this.pendingSpace = null;
  }

  writeText(node: Text, preformatted: boolean): void {
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      const ch = data[offset]!;
      if (preformatted && (ch === '\n' || ch === '\r')) {
        this.lineBreak();
      } else if (WHITESPACE.test(ch)) {
        const atLineStart = this.text.length === 0 || this.needBreak;
        if (!atLineStart && !this.pendingSpace) this.pendingSpace = { node, offset };
      } else {
        this.writeChar(ch, node, offset);
      }
    }
  }

  result(): Linearized {
    return { text: this.text, segments: this.segments };
  }

  private writeChar(ch: string, node: Text, offset: number): void {
    if (this.needBreak) {
      if (this.text.length > 0) this.append('\n');
      this.needBreak = false;
    }
    if (this.pendingSpace) {
      this.append(' ', this.pendingSpace.node, this.pendingSpace.offset);
      this.pendingSpace = null;
    }
    this.append(ch, node, offset);
  }

  /** Appends one character; maps it to its Text node when it is copied verbatim. */
  private append(ch: string, node?: Text, offset = 0): void {
    const at = this.text.length;
    this.text += ch;
    if (!node || node.data[offset] !== ch) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === at && last.nodeOffset + (last.end - last.start) === offset) {
      last.end = at + 1;
    } else {
      this.segments.push({ start: at, end: at + 1, node, nodeOffset: offset });
    }
  }
}

/** pre, pre-wrap and pre-line keep the source's line breaks (猎聘 writes its JD with \n + pre-wrap). */
function isPreformatted(style: CSSStyleDeclaration | undefined): boolean {
  return (style?.whiteSpace ?? '').startsWith('pre');
}

function computedStyle(element: Element): CSSStyleDeclaration | undefined {
  const view = element.ownerDocument.defaultView;
  if (!view) return undefined; // inert documents (DOMParser) have no styles
  try {
    return view.getComputedStyle(element);
  } catch {
    return undefined;
  }
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
