// The components' CSS as text, for the shadow roots the board script creates on pages: inlined at
// build time (no fetch of an extension file, no web-accessible resource exposed to the page), and
// only the components the board script renders, to keep its bundle small.
const modules = import.meta.glob<string>(
  ['../../components/theme.css', '../../components/{page-panel,card-chip,domain-bar,mix-gauge}/*.css'],
  { query: '?inline', import: 'default', eager: true },
);

/** Design tokens first, then each component's rules. */
export function orderedCss(files: Record<string, string>): string {
  const themeFirst = (path: string) => (path.endsWith('/theme.css') ? 0 : 1);
  return Object.entries(files)
    .sort(([a], [b]) => themeFirst(a) - themeFirst(b) || a.localeCompare(b))
    .map(([, css]) => css)
    .join('\n');
}

/** Component CSS for the board script's shadow roots. */
export const UI_CSS = orderedCss(modules);
