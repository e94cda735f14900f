// A host element with an open shadow root for our UI on a page: the page's CSS cannot reach in (the
// reset stops inherited properties too) and ours cannot leak out. Style sheets are constructable and
// shared between hosts with the same CSS. (WXT's createShadowRootUi does the same but brings ~5 kB of
// mounting helpers we do not use, and the board script must stay under 100 kB.)
const RESET = ':host{all:initial !important;}';
const sheets = new Map<string, CSSStyleSheet>();

export function styleSheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${RESET}\n${css}`);
    sheets.set(css, sheet);
  }
  return sheet;
}

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styleSheetFor(css)];
  return { host, root };
}
