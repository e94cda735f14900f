// The registry the content script imports: which adapter owns a URL, and one call that extracts a
// posting from any page (the URL's board first, then the generic JSON-LD / headings reader).
// Keep it light: everything here ships in the content script bundle.
import { job51Adapter } from './51job';
import { genericAdapter } from './generic';
import { indeedAdapter } from './indeed';
import { lagouAdapter } from './lagou';
import { liepinAdapter } from './liepin';
import { linkedinAdapter } from './linkedin';
import type { Extraction, SiteAdapter } from './types';
import { zhaopinAdapter } from './zhaopin';
import { zhipinAdapter } from './zhipin';

export type { Extraction, ExtractedPosting, ListCard, SiteAdapter, TextSegment } from './types';
export { rangesForSpan } from './ranges';
export { genericAdapter };

export const BOARD_ADAPTERS: SiteAdapter[] = [
  zhipinAdapter,
  lagouAdapter,
  liepinAdapter,
  zhaopinAdapter,
  job51Adapter,
  linkedinAdapter,
  indeedAdapter,
];

export const ALL_ADAPTERS: SiteAdapter[] = [...BOARD_ADAPTERS, genericAdapter];

/** Union of the boards' match patterns, for the content script's `matches`. */
export const BOARD_MATCHES: string[] = [...new Set(BOARD_ADAPTERS.flatMap((adapter) => adapter.matches))];

/** The board adapter that owns this URL's site (job page, list page or not), if any. */
export function adapterForUrl(url: URL): SiteAdapter | undefined {
  return BOARD_ADAPTERS.find((adapter) => adapter.isJobPage(url) || adapter.isListPage(url)) ?? BOARD_ADAPTERS.find((adapter) => ownsHost(adapter, url));
}

/** The posting on this page: the URL's board adapter first, then the generic reader. Never throws. */
export function extractPosting(doc: Document, url: URL): Extraction | null {
  const board = adapterForUrl(url);
  return board?.extract(doc, url) ?? genericAdapter.extract(doc, url);
}

/** Whether one of the adapter's match patterns covers the URL's host (https only). */
function ownsHost(adapter: SiteAdapter, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return adapter.matches.some((pattern) => {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
    if (!host) return false;
    return host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}
