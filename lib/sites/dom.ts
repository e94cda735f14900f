// Small DOM helpers shared by the adapters: ordered selector fallbacks that say which one missed,
// one-line text, and JSON embedded in the page (read from the script's text, never executed).

/** The first element matched by the first selector that matches; logs the miss so a stale selector shows up. */
export function queryFirst(root: ParentNode, selectors: readonly string[], label: string): Element | null {
  for (const selector of selectors) {
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  console.debug(`[role-lens] no ${label}: tried ${selectors.join(' | ')}`);
  return null;
}

/** All elements of the first selector that matches anything (selectors are alternatives, not a union). */
export function queryAllFirst(root: ParentNode, selectors: readonly string[], label: string): Element[] {
  for (const selector of selectors) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return found;
  }
  console.debug(`[role-lens] no ${label}: tried ${selectors.join(' | ')}`);
  return [];
}

/** Text of the first matching element, whitespace collapsed; undefined when missing or empty. */
export function textFirst(root: ParentNode, selectors: readonly string[], label: string): string | undefined {
  const element = queryFirst(root, selectors, label);
  return element ? nonEmpty(shownText(element)) : undefined;
}

const HIDDEN_TEXT = 'script, style, noscript, template';
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the page window's globals

/** An element's text without script/style contents, on one line. */
export function shownText(element: Element): string {
  if (!element.querySelector(HIDDEN_TEXT)) return oneLine(element.textContent ?? '');
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(HIDDEN_TEXT)) text += node.textContent ?? '';
  }
  return oneLine(text);
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function nonEmpty(text: string | undefined | null): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** Absolute URL of an href, or undefined for anything that is not http(s) (e.g. `javascript:`). */
export function absoluteHttpUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `<meta property|name=…>` content. */
export function metaContent(doc: Document, key: string): string | undefined {
  const meta = safeQuery(doc, `meta[property="${key}"], meta[name="${key}"]`);
  return nonEmpty(meta?.getAttribute('content'));
}

/** JSON of a `<script type="application/json" id=…>` style element. */
export function readJsonScript(doc: Document, selector: string): unknown {
  const script = safeQuery(doc, selector);
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent);
  } catch {
    console.debug(`[role-lens] unparsable JSON in ${selector}`);
    return undefined;
  }
}

/**
 * The JSON literal assigned after `marker` in an inline script, e.g. `window.__INITIAL_STATE__=`.
 * Scans for the balanced object/array instead of evaluating the script.
 */
export function readAssignedJson(doc: Document, marker: string): unknown {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const source = script.textContent ?? '';
    const at = source.indexOf(marker);
    if (at < 0) continue;
    const literal = balancedLiteral(source, at + marker.length);
    if (!literal) continue;
    try {
      return JSON.parse(literal);
    } catch {
      console.debug(`[role-lens] unparsable JSON after ${marker}`);
    }
  }
  return undefined;
}

/** The `{…}` or `[…]` that starts at the first brace after `from`, honouring JSON strings. */
export function balancedLiteral(source: string, from: number): string | undefined {
  let start = from;
  while (start < source.length && source[start] !== '{' && source[start] !== '[') {
    if (!/[\s=:(]/.test(source[start]!)) return undefined;
    start++;
  }
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return source.slice(start, i + 1);
    }
  }
  return undefined;
}

/** Depth-first search of parsed JSON for the first object that satisfies `test` (bounded depth). */
export function findInJson(value: unknown, test: (node: Record<string, unknown>) => boolean, depth = 12): Record<string, unknown> | undefined {
  if (depth < 0 || value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && test(value as Record<string, unknown>)) return value as Record<string, unknown>;
  for (const child of Object.values(value as Record<string, unknown>)) {
    const found = findInJson(child, test, depth - 1);
    if (found) return found;
  }
  return undefined;
}

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
