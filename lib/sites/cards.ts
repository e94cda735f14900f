// List pages: every board's cards are "a repeated element with a title, a company and maybe a
// snippet", so one reader driven by each adapter's selector table covers them.
import { absoluteHttpUrl, oneLine, queryAllFirst, shownText, textFirst } from './dom';
import type { ListCard } from './types';

export interface CardSelectors {
  card: readonly string[];
  title: readonly string[];
  company?: readonly string[];
  /** Duty-like snippet the card shows; cards without one get text ''. */
  snippet?: readonly string[];
  link?: readonly string[];
}

export function readCards(doc: Document, url: URL, selectors: CardSelectors, site: string): ListCard[] {
  return queryAllFirst(doc, selectors.card, `${site} list cards`).map((element) => {
    const link = selectors.link ? quietFirst(element, selectors.link) : null;
    const snippet = selectors.snippet ? quietFirst(element, selectors.snippet) : null;
    const company = selectors.company ? quietFirst(element, selectors.company) : null;
    const card: ListCard = {
      element,
      title: textFirst(element, selectors.title, `${site} card title`) ?? '',
      text: snippet ? shownText(snippet) : '',
    };
    const companyName = company ? oneLine(company.getAttribute('title') || shownText(company)) : '';
    if (companyName) card.company = companyName;
    const href = absoluteHttpUrl(link?.getAttribute('href'), url);
    if (href) card.url = href;
    return card;
  });
}

/** Optional parts of a card are often absent (no snippet on title-only cards): don't log those. */
function quietFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // an unsupported selector in one browser must not hide the others
    }
  }
  return null;
}
