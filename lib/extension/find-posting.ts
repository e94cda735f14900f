// Which posting a board page shows: the board's own extractor on its job pages (the generic one as
// a fallback), the generic one on the board's other non-list pages (help/careers pages with a
// JobPosting or a duties heading), nothing on list pages (cards get chips instead).
import { genericAdapter } from '../sites/generic';
import type { Extraction, SiteAdapter } from '../sites/types';

export function findPosting(adapter: SiteAdapter, doc: Document, url: URL): Extraction | null {
  if (adapter.isJobPage(url)) return adapter.extract(doc, url) ?? genericAdapter.extract(doc, url);
  if (adapter.isListPage(url)) return null;
  return genericAdapter.extract(doc, url);
}

export const postingKey = ({ posting }: Extraction): string => `${posting.url}\n${posting.title}\n${posting.text}`;
