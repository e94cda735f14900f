// The shape every job-board adapter has. Adapters run in the content script (and, for the generic
// one, injected on demand through activeTab), so validation here uses zod/mini to keep bundles small.
import * as z from 'zod/mini';

export const ExtractedPostingSchema = z.object({
  site: z.string(),
  url: z.string(),
  title: z.string(),
  company: z.optional(z.string()),
  salary: z.optional(z.string()),
  location: z.optional(z.string()),
  text: z.string().check(z.minLength(1)),
});
export type ExtractedPosting = z.infer<typeof ExtractedPostingSchema>;

/**
 * Where each piece of the extracted `text` came from on the page: `text.slice(start, end)` equals
 * `node.data.slice(nodeOffset, nodeOffset + (end - start))`. Characters the adapter inserted (line
 * breaks between blocks) belong to no segment. This is how a duty's offsets become a DOM Range.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

export interface Extraction {
  posting: ExtractedPosting;
  segments: TextSegment[];
}

/** One card on a list / search page, with only the text the card itself shows. */
export interface ListCard {
  element: Element;
  title: string;
  company?: string;
  /** Duty-like text the card shows (a snippet); empty when the card shows only a title. */
  text: string;
  url?: string;
}

export interface SiteAdapter {
  /** Stable id, also the folder name of its fixtures: 'zhipin', 'lagou', … 'generic'. */
  id: string;
  /** Match patterns for the content script (https only, no <all_urls>). Empty for generic. */
  matches: string[];
  isJobPage(url: URL): boolean;
  isListPage(url: URL): boolean;
  /** The posting on this page, or null; never throws (log which selector missed instead). */
  extract(doc: Document, url: URL): Extraction | null;
  listCards(doc: Document, url: URL): ListCard[];
}
