// BOSS直聘. Detail pages are server-rendered; the search page is a Vue SPA whose right-hand pane
// shows the selected job, so both read the same fields from different containers.
import { readCards } from './cards';
import { bodyOf, defineSiteAdapter, isHost } from './define';
import { oneLine, queryFirst, textFirst } from './dom';

const SELECTORS = {
  title: [
    '.job-banner .info-primary .name h1', /* detail page 2022–2026 [AD][FX] */
    '.info-primary .name h1', /* detail, same without the banner wrapper [spec 71453992367] */
    '.job-detail-info .job-name', /* search pane 2025-11 [GJ][MISC 55043543455] */
    '.job-detail-container .job-name', /* search pane 2025 [MISC 67584199023] */
  ],
  salary: [
    '.job-banner .info-primary .name .salary', /* detail [AD][FX] */
    '.info-primary .name .salary', /* detail without the banner wrapper */
    '.job-detail-info .job-salary', /* search pane 2025-11 [MISC 55043543455] */
  ],
  company: [
    '.sider-company .company-info a[title]', /* detail sidebar, 2nd <a> carries title= [AD] */
    '.job-detail-company .business-info-box .company-name', /* detail, legal name [GJ] */
    '.job-boss-info .boss-info-attr', /* search pane: "公司 · HR title" [MISC 55043543455] */
  ],
  location: [
    '.job-banner .info-primary .text-city', /* detail [AD] */
    '.job-detail-info .tag-list li', /* search pane: first tag is the area [MISC 55043543455] */
  ],
  description: [
    '.job-detail-section:not(.job-detail-company) .job-sec-text:not(.fold-text)', /* detail 2024–2026; the fold-text one is the company intro [AD][GJ] */
    '.job-detail-body .desc', /* search pane 2025-11 [MISC 71417200030] */
    '.job-detail-box p.desc', /* search pane 2025 [MISC 55043543455] */
    '.detail-content .job-sec .text', /* 2022 layout under <h3>职位描述</h3> [FX] */
  ],
  descriptionExclude: ['.more-job-btn', '.job-boss-info'],
  // Anti-scraping watermark words hidden inside the JD by class-based CSS (absent on saved pages).
  watermark: /^(boss直聘|boss|直聘|kanzhun|看准|来自boss直聘)$/i,
  cards: {
    card: [
      'ul.rec-job-list li.job-card-box', /* 2025-11 [GJ] */
      '.job-list-container .job-card-box', /* 2025 [MISC 71417200030] */
      '.search-job-result .job-list-box > li', /* 2024 [JH] */
    ],
    title: ['a.job-name', '.job-name', '.job-title .job-name'], /* 2025-11 [GJ][MISC 62021828246] / 2024 [JH] */
    company: ['.boss-name', '.company-name', '.company-info .company-name a'], /* 2025-11 [GJ] / 2024 [JH] */
    link: ['a.job-name[href]', 'a.job-card-left[href]', 'a[href*="/job_detail/"]'], /* 2025 [MISC 62021828246] / 2024 [JH] */
  },
} as const;

const LIST_PATH = /^\/web\/geek\/(jobs|job|job-recommend)\/?$/;

export const zhipinAdapter = defineSiteAdapter({
  id: 'zhipin',
  matches: ['https://www.zhipin.com/*'],
  isJobPage: (url) => isHost(url, 'www.zhipin.com') && (/^\/job_detail\/[^/]+\.html$/.test(url.pathname) || LIST_PATH.test(url.pathname)),
  isListPage: (url) => isHost(url, 'www.zhipin.com') && LIST_PATH.test(url.pathname),
  readPosting: (doc) => ({
    title: textFirst(doc, SELECTORS.title, 'zhipin title'),
    salary: readableSalary(textFirst(doc, SELECTORS.salary, 'zhipin salary')),
    company: companyName(doc),
    location: textFirst(doc, SELECTORS.location, 'zhipin location'),
    body: bodyOf(queryFirst(doc, SELECTORS.description, 'zhipin description'), { exclude: SELECTORS.descriptionExclude, skip: isWatermark }),
  }),
  // Cards show title, salary (font-obfuscated digits) and tags, never duty text.
  readCards: (doc, url) => readCards(doc, url, SELECTORS.cards, 'zhipin'),
});

function companyName(doc: Document): string | undefined {
  const element = queryFirst(doc, SELECTORS.company, 'zhipin company');
  const raw = element?.getAttribute('title') || element?.textContent || '';
  // The pane writes "公司 · HR title"; the legal-name row starts with a label.
  const name = raw.split('·')[0]!.replace(/^\s*公司名称[:：]?/, '').replace(/\s+/g, ' ').trim();
  return name || undefined;
}

/** Logged-in list pages draw salary digits with a private font (U+E031–U+E03A): unreadable as text. */
function readableSalary(salary: string | undefined): string | undefined {
  return salary && !/[\uE000-\uF8FF]/.test(salary) ? salary : undefined;
}

/** A short inline element whose whole text is a watermark word. */
function isWatermark(element: Element): boolean {
  return /^(SPAN|EM|I|B|FONT)$/.test(element.tagName.toUpperCase()) && SELECTORS.watermark.test(oneLine(element.textContent ?? ''));
}
