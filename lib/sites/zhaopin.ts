// 智联招聘. Server-rendered pages that also carry `__INITIAL_STATE__` (read as JSON text, never run).
// The visible description wins (it has Text nodes for tinting); the state fills what the DOM lacks,
// including the card snippets (`jobSummary`, truncated by the site to ~200 characters).
import * as z from 'zod/mini';
import { readCards } from './cards';
import { bodyOf, defineSiteAdapter, isHost } from './define';
import { absoluteHttpUrl, nonEmpty, oneLine, queryFirst, readAssignedJson, textFirst } from './dom';
import { linearize, linearizeHtml, type Linearized } from './linearize';
import { locateVisibleBlock } from './locate';

const SELECTORS = {
  state: '__INITIAL_STATE__', /* list + detail [AD][JH][FX] */
  title: [
    '.summary-planes__title', /* detail 2026 [AD] */
    '.summary-plane__title', /* detail before 2026 [AD][MISC 60546746713] */
  ],
  salary: ['.summary-planes__salary', '.summary-plane__salary'], /* [AD] */
  company: ['.company-info__name', '.company__title', '.company-info .company-name'], /* 2026 [AD] / older */
  location: ['.summary-planes__info .workCity-link', '.summary-planes__info li:first-child', '.summary-plane__info li:first-child'], /* 2026 [AD] / older (?) */
  description: [
    '.describtion__detail-content', /* sic; still current 2026 [AD][MISC] */
    '.describtion-card__detail-content', /* card variant [AD] */
    '.job-detail-description', /* variant listed by [AD] */
    '.pos-ul', /* 2018 jobs.zhaopin.com layout (?) */
  ],
  cards: {
    card: [
      'div.joblist-box__item', /* 2025-11 [GJ] */
      '.positionlist__list .joblist-box__item', /* older container [JH] */
    ],
    title: ['a.jobinfo__name', '.jobinfo__name'], /* 2025-11 [GJ] */
    company: ['.companyinfo__name', '.companyinfo__name a'],
    snippet: ['.jobinfo__summary', '.jobinfo__desc'], /* (?) rarely in the DOM; state jobSummary otherwise */
    link: ['a.jobinfo__name[href]'],
  },
} as const;

const ZhaopinState = z.object({
  jobInfo: z.optional(z.object({
    jobDetail: z.optional(z.object({
      detailedPosition: z.optional(z.object({
        name: z.optional(z.string()),
        jobDesc: z.optional(z.string()),
        salary60: z.optional(z.string()),
        workCity: z.optional(z.string()),
      })),
      detailedCompany: z.optional(z.object({ companyName: z.optional(z.string()) })),
    })),
  })),
  positionList: z.optional(z.array(z.object({
    positionUrl: z.optional(z.string()),
    name: z.optional(z.string()),
    jobSummary: z.optional(z.string()),
  }))),
});
type ZhaopinState = z.infer<typeof ZhaopinState>;

export const zhaopinAdapter = defineSiteAdapter({
  id: 'zhaopin',
  matches: ['https://www.zhaopin.com/*', 'https://jobs.zhaopin.com/*', 'https://sou.zhaopin.com/*'],
  isJobPage: (url) =>
    (isHost(url, 'www.zhaopin.com') && /^\/jobdetail\/[\w-]+\.htm$/i.test(url.pathname)) ||
    (isHost(url, 'jobs.zhaopin.com') && /^\/[\w-]+\.htm$/i.test(url.pathname)),
  isListPage: (url) =>
    (isHost(url, 'www.zhaopin.com') && /^\/sou(\/|$)/.test(url.pathname)) ||
    (isHost(url, 'sou.zhaopin.com') && (url.pathname === '/' || url.pathname === '')),
  readPosting(doc) {
    const state = readState(doc);
    const position = state?.jobInfo?.jobDetail?.detailedPosition;
    return {
      title: textFirst(doc, SELECTORS.title, 'zhaopin title') ?? nonEmpty(position?.name),
      company: textFirst(doc, SELECTORS.company, 'zhaopin company') ?? nonEmpty(state?.jobInfo?.jobDetail?.detailedCompany?.companyName),
      salary: textFirst(doc, SELECTORS.salary, 'zhaopin salary') ?? nonEmpty(position?.salary60),
      location: nonEmpty(position?.workCity) ?? textFirst(doc, SELECTORS.location, 'zhaopin location'),
      body: bodyOf(queryFirst(doc, SELECTORS.description, 'zhaopin description')) ?? bodyFromState(doc, position?.jobDesc),
    };
  },
  readCards(doc, url) {
    const summaries = new Map<string, string>();
    for (const item of readState(doc)?.positionList ?? []) {
      const key = item.positionUrl && absoluteHttpUrl(item.positionUrl, url);
      if (key && item.jobSummary) summaries.set(key, oneLine(item.jobSummary));
    }
    return readCards(doc, url, SELECTORS.cards, 'zhaopin').map((card) =>
      card.text || !card.url ? card : { ...card, text: summaries.get(card.url) ?? '' },
    );
  },
});

function readState(doc: Document): ZhaopinState | undefined {
  const parsed = ZhaopinState.safeParse(readAssignedJson(doc, SELECTORS.state));
  return parsed.success ? parsed.data : undefined;
}

function bodyFromState(doc: Document, jobDesc: string | undefined): Linearized | null {
  if (!jobDesc) return null;
  const fromJson = linearizeHtml(jobDesc, { doc });
  if (!fromJson.text) return null;
  const visible = locateVisibleBlock(doc, fromJson.text);
  return visible ? linearize(visible) : fromJson;
}
