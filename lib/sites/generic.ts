// Any page that is not a known board: company careers pages and ATS pages (Greenhouse, Lever,
// Workday, Moka, 北森). Order: microdata (has DOM nodes) → JSON-LD JobPosting (re-read from the
// visible block when the page shows it) → a block introduced by a duties heading.
import { defineSiteAdapter, bodyOf, type PostingParts } from './define';
import { metaContent, textFirst } from './dom';
import { readDutyBlock } from './duty-block';
import { linearize, linearizeHtml } from './linearize';
import { locateVisibleBlock } from './locate';
import {
  findJobPostingJsonLd,
  findJobPostingMicrodata,
  jsonLdCompany,
  jsonLdLocation,
  jsonLdSalary,
  jsonLdTitle,
} from './structured-data';

const SELECTORS = {
  title: [
    '.posting-headline h2', /* Lever posting page: the title is an h2 (?) */
    'main h1', /* careers pages: the main heading is the job title */
    'article h1',
    'h1',
    '[role="heading"][aria-level="1"]',
  ],
} as const;

export const genericAdapter = defineSiteAdapter({
  id: 'generic',
  matches: [],
  // Generic runs only on demand (activeTab), never by URL.
  isJobPage: () => false,
  isListPage: () => false,
  readPosting: (doc) => fromMicrodata(doc) ?? fromJsonLd(doc) ?? fromHeadings(doc),
});

function fromMicrodata(doc: Document): PostingParts | null {
  const posting = findJobPostingMicrodata(doc);
  const body = bodyOf(posting?.description ?? null);
  if (!posting || !body) return null;
  return { title: posting.title ?? pageTitle(doc), company: posting.company ?? siteName(doc), body };
}

function fromJsonLd(doc: Document): PostingParts | null {
  const posting = findJobPostingJsonLd(doc);
  if (!posting?.description) return null;
  const fromJson = linearizeHtml(posting.description, { doc });
  if (!fromJson.text) return null;
  const visible = locateVisibleBlock(doc, fromJson.text);
  const body = visible ? linearize(visible) : fromJson;
  return {
    title: jsonLdTitle(posting) ?? pageTitle(doc),
    company: jsonLdCompany(posting) ?? siteName(doc),
    salary: jsonLdSalary(posting),
    location: jsonLdLocation(posting),
    body: body.text ? body : fromJson,
  };
}

function fromHeadings(doc: Document): PostingParts | null {
  const body = readDutyBlock(doc.body ?? doc);
  if (!body) return null;
  return { title: pageTitle(doc), company: siteName(doc), body };
}

function pageTitle(doc: Document): string | undefined {
  return textFirst(doc, SELECTORS.title, 'generic title') ?? metaContent(doc, 'og:title');
}

function siteName(doc: Document): string | undefined {
  return metaContent(doc, 'og:site_name');
}
