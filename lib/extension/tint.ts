// Tints each duty line on the page by its domain with the CSS Custom Highlight API: ranges are
// painted by the browser, so the page's DOM text, layout and event handlers stay exactly as they were.
import { DOMAINS, type Domain } from '../analysis/constants';
import { rangesForSpan } from '../sites/ranges';
import type { TextSegment } from '../sites/types';

export const HIGHLIGHT_STYLE_ID = 'rolelens-highlight-style';
export const highlightName = (domain: Domain): string => `rolelens-${domain}`;

// Light washes of the domain colours (theme.css), readable on light and dark pages.
const TINTS: Record<Domain, string> = {
  marketing: 'rgb(31 95 191 / 0.22)',
  operations: 'rgb(179 81 0 / 0.22)',
  shared: 'rgb(122 63 176 / 0.22)',
  sales: 'rgb(179 38 30 / 0.18)',
  product: 'rgb(15 123 108 / 0.2)',
  other: 'rgb(100 108 118 / 0.16)',
};

export function highlightCss(): string {
  return DOMAINS.map((d) => `::highlight(${highlightName(d)}){background-color:${TINTS[d]};}`).join('\n');
}

/** Whether this script set highlights (the registry is the page's; we only clear what we set). */
let applied = false;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Ranges of every duty, grouped by domain. */
export function rangesByDomain(
  duties: readonly { start: number; end: number; domain: Domain }[],
  segments: readonly TextSegment[],
): Map<Domain, Range[]> {
  const groups = new Map<Domain, Range[]>();
  for (const duty of duties) {
    const ranges = rangesForSpan(segments, duty.start, duty.end);
    if (ranges.length === 0) continue;
    groups.set(duty.domain, [...(groups.get(duty.domain) ?? []), ...ranges]);
  }
  return groups;
}

export function applyTint(
  doc: Document,
  duties: readonly { start: number; end: number; domain: Domain }[],
  segments: readonly TextSegment[],
): number {
  if (!supportsHighlights()) return 0;
  for (const domain of DOMAINS) CSS.highlights.delete(highlightName(domain));
  applied = true;
  if (!doc.getElementById(HIGHLIGHT_STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = HIGHLIGHT_STYLE_ID;
    style.textContent = highlightCss();
    (doc.head ?? doc.documentElement).append(style);
  }
  let count = 0;
  for (const [domain, ranges] of rangesByDomain(duties, segments)) {
    CSS.highlights.set(highlightName(domain), new Highlight(...ranges));
    count += ranges.length;
  }
  return count;
}

/** Removes our highlights; a no-op (no work on the page) when none were set. */
export function clearTint(doc: Document): void {
  if (!applied) return;
  applied = false;
  if (supportsHighlights()) for (const domain of DOMAINS) CSS.highlights.delete(highlightName(domain));
  doc.getElementById(HIGHLIGHT_STYLE_ID)?.remove();
}
