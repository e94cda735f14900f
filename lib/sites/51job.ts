// 前程无忧 51job. Two detail layouts live side by side: the server-rendered jobs.51job.com page and
// the we.51job.com Vue SPA (`/pc/jobdetail?jobId=`). Search is the SPA at we.51job.com/pc/search;
// the 2021 search.51job.com list pages are still recognised.
import { readCards } from './cards';
import { bodyOf, defineSiteAdapter, isHost, type PostingParts } from './define';
import { nonEmpty, queryFirst, textFirst } from './dom';

const SELECTORS = {
  title: [
    '.tHeader .cn h1', /* jobs.51job.com classic, title= attr [MISC 11010152611] */
    '.cn h1',
    '.job-detail-header .job-title', /* we.51job.com SPA 2025 (?) */
    'h1',
  ],
  company: [
    '.cn .cname a[title]', /* classic [MISC 11010152611] */
    '.cn .cname a',
    '.company-info .company-name', /* SPA (?) */
  ],
  salary: ['.cn strong', '.job-detail-header .salary'], /* classic [MISC] / SPA (?) */
  location: ['.cn p.msg.ltype', '.job-detail-header .job-area'], /* title= "城市 | 经验 | 学历 …" [MISC] / SPA (?) */
  description: [
    'div.bmsg.job_msg.inbox', /* classic, still used 2025 [MISC 63495237786] */
    '.job_msg', /* classic fallback [MISC] */
    '.job-detail-content .job-describe', /* SPA 2025 (?) */
  ],
  // Inside the classic block: function tags, keywords and share links are page furniture.
  descriptionExclude: ['.mt10', '.share', 'p.fp', '.jtag'],
  cards: {
    card: [
      '.joblist .joblist-item', /* we.51job.com 2025-11 [GJ][MISC 23317121662] */
      '.j_joblist .e', /* search.51job.com 2021 [FX] */
    ],
    title: ['.jname', 'span.jname.text-cut', '.jname a'], /* 2025-11 [GJ][MISC 54606717634] */
    company: ['.cname', 'a.cname.text-cut'],
    snippet: ['.joblist-item-job-desc', '.jobDescribe'], /* card description line (?) */
    link: ['a.joblist-item-job-wrapper[href]', 'a[href*="jobdetail"]', 'a[href*="jobs.51job.com"]'],
  },
} as const;

export const job51Adapter = defineSiteAdapter({
  id: '51job',
  matches: ['https://jobs.51job.com/*', 'https://we.51job.com/*', 'https://search.51job.com/*'],
  isJobPage: (url) =>
    (isHost(url, 'jobs.51job.com') && /^\/[\w-]+\/\d+\.html$/.test(url.pathname)) ||
    (isHost(url, 'we.51job.com') && url.pathname === '/pc/jobdetail' && url.searchParams.has('jobId')),
  isListPage: (url) =>
    (isHost(url, 'we.51job.com') && url.pathname === '/pc/search') ||
    (isHost(url, 'search.51job.com') && /^\/list\/[^/]+\.html$/.test(url.pathname)), // 2021 search [FX]
  readPosting(doc): PostingParts {
    const title = queryFirst(doc, SELECTORS.title, '51job title');
    const company = queryFirst(doc, SELECTORS.company, '51job company');
    const meta = queryFirst(doc, SELECTORS.location, '51job location');
    return {
      title: nonEmpty(title?.getAttribute('title')) ?? textFirst(doc, SELECTORS.title, '51job title'),
      company: nonEmpty(company?.getAttribute('title')) ?? textFirst(doc, SELECTORS.company, '51job company'),
      salary: textFirst(doc, SELECTORS.salary, '51job salary'),
      location: firstField(meta?.getAttribute('title') ?? meta?.textContent),
      // SPA class names are unconfirmed; when they miss, the registry falls back to the generic adapter.
      body: bodyOf(queryFirst(doc, SELECTORS.description, '51job description'), { exclude: SELECTORS.descriptionExclude }),
    };
  },
  readCards: (doc, url) => readCards(doc, url, SELECTORS.cards, '51job'),
});

/** "上海-浦东新区 | 3-4年经验 | 本科" → "上海-浦东新区". */
function firstField(meta: string | null | undefined): string | undefined {
  return nonEmpty(meta?.split('|')[0]?.replace(/\s+/g, ' '));
}
