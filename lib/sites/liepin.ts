// 猎聘. Detail pages (company /job/, headhunter /a/, LPT /lptjob/) are server-rendered; the search
// page is an antd SPA whose cards show title, area, salary and company but no duty text.
import { readCards } from './cards';
import { bodyOf, defineSiteAdapter, isHost } from './define';
import { queryFirst, textFirst } from './dom';

const SELECTORS = {
  title: [
    '.job-apply-content .name-box .name', /* detail 2022–2024 [FX][JH] */
    '.job-title-box .job-title', /* detail variant (?) */
    '.job-title h1', /* [AD] */
  ],
  company: [
    '.company-info-container .company-card .content .name', /* detail sidebar (?) */
    '.company-info-container .title-box .name', /* detail sidebar variant (?) */
    '.job-properties + .company-name', /* headhunter detail (?) */
  ],
  salary: ['.job-apply-content .name-box .salary', '.job-apply-content .salary'], /* [FX] */
  location: ['.job-apply-content .job-properties span:first-child', '.job-properties span'], /* [FX] */
  description: [
    '.job-intro-container dl.paragraph dd[data-selector="job-intro-content"]', /* detail 2022–2025 [JH][FX] */
    '.job-intro-container .paragraph dd', /* [AD] */
    '.job-intro-container .paragraph', /* [AD] */
  ],
  cards: {
    card: [
      '.job-list-box div[class*="job-card-pc-container"]', /* 2025-11 [GJ][JH] */
      '.content-left-section .job-list-box > li', /* older (?) */
    ],
    title: ['.job-title-box .ellipsis-1', '.job-title-box [title]', '.job-title'], /* 2025-11 [GJ][JH] */
    company: ['.company-name', '.company-name-box'],
    link: ['a[data-nick="job-detail-job-info"][href]', '.job-detail-box a[href]', 'a[href*="/job/"]', 'a[href*="/a/"]'],
  },
} as const;

const DETAIL_PATH = /^\/(job\/\d+\.shtml|a\/\d+\.shtml|lptjob\/\d+\/?)$/;

export const liepinAdapter = defineSiteAdapter({
  id: 'liepin',
  matches: ['https://www.liepin.com/*'],
  isJobPage: (url) => isHost(url, 'www.liepin.com') && DETAIL_PATH.test(url.pathname),
  isListPage: (url) => isHost(url, 'www.liepin.com') && /^\/zhaopin\/?$/.test(url.pathname),
  readPosting: (doc) => ({
    title: textFirst(doc, SELECTORS.title, 'liepin title'),
    company: textFirst(doc, SELECTORS.company, 'liepin company'),
    salary: textFirst(doc, SELECTORS.salary, 'liepin salary'),
    location: textFirst(doc, SELECTORS.location, 'liepin location'),
    // The JD is raw text with \n (pre-wrap in the site's CSS, which saved pages may lack).
    body: bodyOf(queryFirst(doc, SELECTORS.description, 'liepin description'), { preserveLineBreaks: true }),
  }),
  readCards: (doc, url) => readCards(doc, url, SELECTORS.cards, 'liepin'),
});
