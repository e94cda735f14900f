// 拉勾. The /wn pages are Next.js: the job is in `__NEXT_DATA__` (read as JSON, never run) and the
// DOM uses hashed CSS-module classes, so the JSON decides the fields and the visible block is
// located by its text to keep segments. Legacy /jobs/<id>.html pages still render dl#job_detail.
import * as z from 'zod/mini';
import { readCards } from './cards';
import { bodyOf, defineSiteAdapter, isHost, type PostingParts } from './define';
import { findInJson, nonEmpty, queryFirst, readJsonScript, textFirst } from './dom';
import { linearize, linearizeHtml } from './linearize';
import { locateVisibleBlock } from './locate';

const SELECTORS = {
  nextData: 'script#__NEXT_DATA__', /* /wn pages 2024 [JH] */
  title: [
    '.position-head .job-name .name', /* legacy detail [MISC 32197445923] */
    '.job-name[title]', /* legacy detail, title attr */
    'h1[class^="name__"]', /* /wn detail, hashed module class (?) */
  ],
  company: ['.job_company_content h3 em', '.job_company .fl em'], /* legacy detail sidebar (?) */
  salary: ['.job_request .salary', '.position-head .salary'],
  description: [
    'dl#job_detail dd.job_bt .job-detail', /* legacy detail [MISC 32197445923] */
    'dl#job_detail dd.job_bt', /* legacy detail, no inner wrapper */
    'div[class^="job-detail__"]', /* /wn detail, hashed module class 2024 (?) */
  ],
  descriptionExclude: ['h3.description'],
  cards: {
    card: [
      '#jobList [class^="list__"] > [class^="item__"]', /* /wn list 2024, hashed classes [JH][MISC 56728785621] */
      '#s_position_list li[data-positionname]', /* legacy list [MISC] */
    ],
    title: ['[class^="p-top__"] a', '.position_link h3', '[data-positionname]'], /* /wn 2024 hashed [JH] / legacy [MISC] */
    company: ['[class^="company-name__"] a', '.company_name a'],
    link: ['[class^="p-top__"] a[href]', 'a.position_link[href]'],
  },
} as const;

// The fields lagou's own API uses, validated where they enter.
const LagouPosition = z.object({
  positionName: z.string(),
  positionDetail: z.optional(z.string()),
  companyFullName: z.optional(z.string()),
  companyShortName: z.optional(z.string()),
  salary: z.optional(z.string()),
  city: z.optional(z.string()),
});

const DETAIL_PATH = /^\/(wn\/)?jobs\/\d+\.html$/;
const LIST_PATH = /^\/(wn\/jobs\/?|jobs\/list_[^/]*)$/;

export const lagouAdapter = defineSiteAdapter({
  id: 'lagou',
  matches: ['https://www.lagou.com/*'],
  isJobPage: (url) => isHost(url, 'www.lagou.com') && DETAIL_PATH.test(url.pathname),
  isListPage: (url) => isHost(url, 'www.lagou.com') && LIST_PATH.test(url.pathname),
  readPosting: (doc, url) => fromNextData(doc, url) ?? fromDom(doc),
  readCards: (doc, url) => readCards(doc, url, SELECTORS.cards, 'lagou'),
});

function fromNextData(doc: Document, url: URL): PostingParts | null {
  // List pages carry many positions (some with positionDetail): only the one this URL names counts.
  const id = /\/(\d+)\.html$/.exec(url.pathname)?.[1];
  if (!id) return null;
  const data = readJsonScript(doc, SELECTORS.nextData);
  const found = findInJson(data, (node) =>
    typeof node.positionDetail === 'string' && typeof node.positionName === 'string' && (node.positionId === undefined || String(node.positionId) === id));
  const parsed = LagouPosition.safeParse(found);
  if (!parsed.success || !parsed.data.positionDetail) return null;
  const position = parsed.data;
  const fromJson = linearizeHtml(position.positionDetail!, { doc });
  const visible = locateVisibleBlock(doc, fromJson.text);
  return {
    title: position.positionName,
    company: nonEmpty(position.companyFullName) ?? nonEmpty(position.companyShortName),
    salary: nonEmpty(position.salary),
    location: nonEmpty(position.city),
    body: visible ? linearize(visible, { exclude: SELECTORS.descriptionExclude }) : fromJson,
  };
}

function fromDom(doc: Document): PostingParts | null {
  const title = queryFirst(doc, SELECTORS.title, 'lagou title');
  return {
    title: nonEmpty(title?.getAttribute('title')) ?? textFirst(doc, SELECTORS.title, 'lagou title'),
    company: textFirst(doc, SELECTORS.company, 'lagou company'),
    salary: textFirst(doc, SELECTORS.salary, 'lagou salary'),
    body: bodyOf(queryFirst(doc, SELECTORS.description, 'lagou description'), { exclude: SELECTORS.descriptionExclude }),
  };
}
