// The components' CSS as text, for the shadow roots the content scripts create on pages. Inlined at
// build time (no fetch of an extension file, no web-accessible resource exposed to the page) and
// shared as one constructable stylesheet by every chip.
const modules = import.meta.glob<string>('../../components/**/*.css', { query: '?inline', import: 'default', eager: true });

/** WXT's shadow-root reset: nothing the page sets on inherited properties leaks into our UI. */
const RESET = ':host{all:initial !important;}';

function ordered(): string[] {
  const entries = Object.entries(modules).sort(([a], [b]) => a.localeCompare(b));
  // Design tokens first, then each component's rules.
  return entries.sort(([a], [b]) => Number(!a.endsWith('/theme.css')) - Number(!b.endsWith('/theme.css'))).map(([, css]) => css);
}

/** Component CSS without the reset (createShadowRootUi adds its own). */
export const UI_CSS = ordered().join('\n');

let shared: CSSStyleSheet | undefined;

export function sharedStyleSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(`${RESET}\n${UI_CSS}`);
  }
  return shared;
}
