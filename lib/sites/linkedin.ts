// LinkedIn jobs: the logged-in job view and the search split view (`currentJobId`, classic Ember
// layout and the 2025–26 SDUI layout, A/B tested side by side) plus the server-rendered guest pages.
// Description containers churn, so the list runs newest layouts and stable ids first.
import { readCards } from './cards';
import { defineSiteAdapter, isHost, type PostingParts } from './define';
import { queryFirst, textFirst } from './dom';
import { dropFurnitureLines, linearize, sliceLinearized, type Linearized } from './linearize';

const SELECTORS = {
  title: [
    '.job-details-jobs-unified-top-card__job-title h1', /* logged-in view + classic pane 2024–26 [MISC 62762397563] */
    '.job-details-jobs-unified-top-card__job-title', /* idem, h2 in some panes */
    '.jobs-unified-top-card__job-title', /* 2023 [MISC 67523076803] */
    'h1.top-card-layout__title', /* guest view 2026 [FX][MISC] */
    'h1.topcard__title', /* guest, older */
    '[data-sdui-screen*="SemanticJobDetails"] h1', /* SDUI pane 2026 (?) */
    '[data-sdui-screen*="SemanticJobDetails"] a[href*="/jobs/view/"]', /* SDUI pane title link (?) */
    'main h1', /* last resort, as other 2025–26 LinkedIn readers do [MISC 57441379808] */
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a', /* logged-in 2024–26 [MISC] */
    '.job-details-jobs-unified-top-card__company-name',
    'a.topcard__org-name-link', /* guest 2026 [FX] */
    '.topcard__flavor a', /* guest, older */
    '[data-sdui-screen*="SemanticJobDetails"] a[href*="/company/"]', /* SDUI pane (?) */
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', /* logged-in 2024–26 (?) */
    '.topcard__flavor--bullet', /* guest [FX] */
  ],
  salary: ['.salary.compensation__salary', '.compensation__salary'], /* guest (?) */
  description: [
    '#job-details', /* logged-in view + classic pane 2023–26 [MISC 57441379808] */
    '.jobs-description__content .jobs-box__html-content', /* [MISC 56172330713] */
    '.jobs-description-content__text', /* older */
    '.description__text .show-more-less-html__markup', /* guest 2026 [FX][JS] */
    '[componentkey^="JobDetails_AboutTheJob_"]', /* SDUI 2025–26 [MISC 57441379808] */
    '[data-sdui-component*="aboutTheJob"]', /* SDUI variant [MISC] */
  ],
  descriptionExclude: ['.jobs-description__footer', '.show-more-less-html__button', '.visually-hidden'],
  cards: {
    card: [
      'li[data-occludable-job-id]', /* classic logged-in search 2023–26 [MISC 70390295395] */
      '[data-testid="lazy-column"] [componentkey^="job-card-component-ref-"]', /* SDUI search 2025–26 [MISC 59390979370] */
      'ul.jobs-search__results-list div.base-search-card', /* guest search [JS] */
      'div.base-search-card', /* guest API fragments [JS] */
    ],
    title: [
      'a.job-card-container__link span[aria-hidden="true"]', /* classic: the visible copy, not the sr-only one */
      '.artdeco-entity-lockup__title',
      'h3.base-search-card__title', /* guest */
      'p span[aria-hidden="true"]', /* SDUI card (?) */
      'p',
    ],
    company: ['.artdeco-entity-lockup__subtitle', 'h4.base-search-card__subtitle a', 'h4.base-search-card__subtitle'],
    link: ['a.job-card-container__link[href]', 'a.base-card__full-link[href]', 'a[href*="/jobs/view/"]', 'a[href*="currentJobId="]'],
  },
} as const;

// Lines LinkedIn puts inside the description block that are page furniture.
const FURNITURE_LINE = /^(about the job|…\s*more|\.\.\.\s*more|show more|show less|see more|see less)$/i;

export const linkedinAdapter = defineSiteAdapter({
  id: 'linkedin',
  // Whole host: the site is one SPA, so a tab can arrive at /jobs/ without a page load.
  matches: ['https://www.linkedin.com/*'],
  isJobPage: (url) => isHost(url, 'www.linkedin.com') && (isJobView(url) || (isSearch(url) && url.searchParams.has('currentJobId'))),
  isListPage: (url) => isHost(url, 'www.linkedin.com') && isSearch(url),
  readPosting(doc): PostingParts {
    const block = queryFirst(doc, SELECTORS.description, 'linkedin description');
    const body = block ? withoutTrailingMore(dropFurnitureLines(linearize(block, { exclude: SELECTORS.descriptionExclude }), (line) => FURNITURE_LINE.test(line))) : null;
    return {
      title: textFirst(doc, SELECTORS.title, 'linkedin title'),
      company: textFirst(doc, SELECTORS.company, 'linkedin company'),
      location: textFirst(doc, SELECTORS.location, 'linkedin location'),
      salary: textFirst(doc, SELECTORS.salary, 'linkedin salary'),
      body: body?.text ? body : null,
    };
  },
  readCards: (doc, url) => readCards(doc, url, SELECTORS.cards, 'linkedin'),
});

/** The collapsed SDUI description can end in an inline "… more" toggle [MISC 57441379808]. */
function withoutTrailingMore(body: Linearized): Linearized {
  const match = /\s*(…|\.\.\.)\s*more$/i.exec(body.text);
  return match ? sliceLinearized(body, 0, match.index) : body;
}

function isJobView(url: URL): boolean {
  return /^\/jobs\/view\/([\w%-]+-)?\d+\/?$/.test(url.pathname);
}

function isSearch(url: URL): boolean {
  return /^\/jobs\/(search|search-results|collections\/[\w-]+)\/?$/.test(url.pathname);
}
