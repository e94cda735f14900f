// Indeed (www. and country subdomains). viewjob pages are server-rendered React with a schema.org
// JobPosting ld+json; the search page loads the selected job into a right-hand pane (`vjk=`).
// The visible #jobDescriptionText wins (Text nodes for tinting); JSON-LD fills in when it is absent.
import { readCards } from './cards';
import { bodyOf, defineSiteAdapter, type PostingParts } from './define';
import { queryFirst, textFirst } from './dom';
import { linearize, linearizeHtml, type Linearized } from './linearize';
import { locateVisibleBlock } from './locate';
import { findJobPostingJsonLd, jsonLdCompany, jsonLdLocation, jsonLdSalary, jsonLdTitle, type JobPostingLd } from './structured-data';

const SELECTORS = {
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"] > span:first-child', /* viewjob h1 / pane h2 2025–26; 2nd span is "- job post" [IM][FX] */
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title', /* older [IM] */
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a', /* 2025–26 [IM][FX] */
    '[data-testid="inlineHeader-companyName"]',
    'div[data-company-name="true"]', /* [IM] */
  ],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '#jobLocationText'], /* [IM] (?) */
  salary: ['#salaryInfoAndJobType > span:first-child', '[data-testid="attribute_snippet_testid"]'], /* [IM][FX] */
  description: [
    '#jobDescriptionText', /* viewjob + pane 2020–26 [IM][FX] */
    '.jobsearch-JobComponent-description', /* wrapper, older [MISC] */
  ],
  // The wrapper's own "Full job description" heading and report link are page furniture.
  descriptionExclude: ['.jobsearch-JobDescriptionSection-sectionItemKey', '#mosaic-reportcontent-wrapper'],
  cards: {
    card: [
      'div.job_seen_beacon', /* 2022–26 [IM] */
      'td.resultContent', /* inner cell, when the beacon class changes [IM] */
      'a.tapItem', /* 2021 layout (?) */
    ],
    title: ['h2.jobTitle a span[title]', 'a.jcs-JobTitle span', 'h2.jobTitle'], /* 2024–26 [IM] */
    company: ['[data-testid="company-name"]', '.companyName'],
    snippet: ['[data-testid="jobsnippet_footer"]', '.job-snippet'], /* [IM] */
    link: ['a.jcs-JobTitle[href]', 'h2.jobTitle a[href]'],
  },
} as const;

export const indeedAdapter = defineSiteAdapter({
  id: 'indeed',
  matches: ['https://*.indeed.com/*'],
  isJobPage: (url) =>
    isIndeedHost(url) &&
    ((/^\/(m\/)?viewjob\/?$/.test(url.pathname) && url.searchParams.has('jk')) || (isSearchPath(url) && url.searchParams.has('vjk'))),
  isListPage: (url) => isIndeedHost(url) && isSearchPath(url),
  readPosting(doc): PostingParts {
    const ld = findJobPostingJsonLd(doc);
    return {
      title: cleanTitle(textFirst(doc, SELECTORS.title, 'indeed title')) ?? (ld && jsonLdTitle(ld)),
      company: textFirst(doc, SELECTORS.company, 'indeed company') ?? (ld && jsonLdCompany(ld)),
      location: textFirst(doc, SELECTORS.location, 'indeed location') ?? (ld && jsonLdLocation(ld)),
      salary: textFirst(doc, SELECTORS.salary, 'indeed salary') ?? (ld && jsonLdSalary(ld)),
      body: bodyOf(queryFirst(doc, SELECTORS.description, 'indeed description'), { exclude: SELECTORS.descriptionExclude }) ?? bodyFromJsonLd(doc, ld),
    };
  },
  readCards: (doc, url) => readCards(doc, url, SELECTORS.cards, 'indeed'),
});

/** www.indeed.com and country subdomains (uk., de., ca., au., …); not look-alike hosts. */
function isIndeedHost(url: URL): boolean {
  return url.protocol === 'https:' && /^([a-z]{2,3}\.|www\.)?indeed\.com$/.test(url.hostname);
}

/** `/jobs?q=…&l=…` and the SEO form `/q-marketing-l-austin,-tx-jobs.html`. */
function isSearchPath(url: URL): boolean {
  return url.pathname === '/jobs' || /^\/q-[^/]+-jobs\.html$/.test(url.pathname);
}

function cleanTitle(title: string | undefined): string | undefined {
  return title?.replace(/\s*-\s*job post$/i, '') || undefined;
}

function bodyFromJsonLd(doc: Document, ld: JobPostingLd | undefined): Linearized | null {
  if (!ld?.description) return null;
  const fromJson = linearizeHtml(ld.description, { doc });
  if (!fromJson.text) return null;
  const visible = locateVisibleBlock(doc, fromJson.text);
  return visible ? linearize(visible) : fromJson;
}
