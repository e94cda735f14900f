// URL predicates are pure: each adapter claims its own sample URLs (job / list / neither) and none of
// the other adapters' URLs, and the content-script match patterns follow the same split.
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ALL_ADAPTERS, BOARD_ADAPTERS, BOARD_MATCHES, adapterForUrl, genericAdapter } from '@/lib/sites';
import { readExpected } from './sites/fixtures';

interface Samples {
  job: string[];
  list: string[];
  /** Job page and list page at once: split views with a selected job. */
  both: string[];
  /** The board's own site, but neither a posting nor a list. */
  neither: string[];
}

const SAMPLES: Record<string, Samples> = {
  zhipin: {
    job: ['https://www.zhipin.com/job_detail/a7c31e9b2f04d6581nZ92tW4FVNU.html', 'https://www.zhipin.com/job_detail/1f2e3d4c5b6a.html?ka=search_list_1'],
    list: [],
    both: ['https://www.zhipin.com/web/geek/jobs?query=%E8%BF%90%E8%90%A5&city=101020100', 'https://www.zhipin.com/web/geek/job?query=x&city=101010100', 'https://www.zhipin.com/web/geek/job-recommend'],
    neither: ['https://www.zhipin.com/', 'https://www.zhipin.com/gongsi/x1y2z3.html', 'https://www.zhipin.com/web/user/safe/verify-slider'],
  },
  lagou: {
    job: ['https://www.lagou.com/wn/jobs/11382945.html', 'https://www.lagou.com/jobs/9921347.html?show=abc'],
    list: ['https://www.lagou.com/wn/jobs?kd=%E8%BF%90%E8%90%A5&city=%E5%85%A8%E5%9B%BD', 'https://www.lagou.com/jobs/list_%E8%BF%90%E8%90%A5?city=%E4%B8%8A%E6%B5%B7'],
    both: [],
    neither: ['https://www.lagou.com/', 'https://www.lagou.com/gongsi/882211.html'],
  },
  liepin: {
    job: ['https://www.liepin.com/job/1971002347.shtml', 'https://www.liepin.com/a/48217763.shtml?d_sfrom=search', 'https://www.liepin.com/lptjob/55667788'],
    list: ['https://www.liepin.com/zhaopin/?key=%E8%BF%90%E8%90%A5&dq=020&currentPage=0'],
    both: [],
    neither: ['https://www.liepin.com/', 'https://www.liepin.com/company/8812345/'],
  },
  zhaopin: {
    job: ['https://www.zhaopin.com/jobdetail/CC120000001J40000000001.htm', 'https://jobs.zhaopin.com/CC876543210J40000012345.htm'],
    list: ['https://www.zhaopin.com/sou/?kw=%E8%BF%90%E8%90%A5&jl=538&p=1', 'https://www.zhaopin.com/sou/jl538/kwE8BF90E890A5/p1', 'https://sou.zhaopin.com/?jl=538&kw=%E8%BF%90%E8%90%A5'],
    both: [],
    neither: ['https://www.zhaopin.com/', 'https://www.zhaopin.com/companydetail/CZ123456780.htm'],
  },
  '51job': {
    job: ['https://jobs.51job.com/shanghai-pdxq/152847391.html', 'https://jobs.51job.com/all/152847391.html?s=sou_sou_soulb', 'https://we.51job.com/pc/jobdetail?jobId=152847392'],
    list: [
      'https://we.51job.com/pc/search?keyword=%E8%BF%90%E8%90%A5&searchType=2&jobArea=020000&sortType=0',
      'https://search.51job.com/list/020000,000000,0000,00,9,99,%25E8%25BF%2590%25E8%2590%25A5,2,1.html',
    ],
    both: [],
    neither: ['https://jobs.51job.com/all/co5512345.html', 'https://we.51job.com/pc/jobdetail', 'https://we.51job.com/'],
  },
  linkedin: {
    job: ['https://www.linkedin.com/jobs/view/4012345678/', 'https://www.linkedin.com/jobs/view/brand-communications-lead-at-fjord-outdoor-4023456789'],
    list: ['https://www.linkedin.com/jobs/search?keywords=Marketing&location=Berlin', 'https://www.linkedin.com/jobs/collections/recommended/'],
    both: [
      'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=marketing',
      'https://www.linkedin.com/jobs/search-results/?currentJobId=4045678901&keywords=community',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
    ],
    neither: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/', 'https://www.linkedin.com/company/fjord-outdoor/jobs/', 'https://www.linkedin.com/jobs/'],
  },
  indeed: {
    job: ['https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6071', 'https://uk.indeed.com/viewjob?jk=9f8e7d6c5b4a3921&from=serp', 'https://de.indeed.com/m/viewjob?jk=a1b2c3d4e5f60718'],
    list: ['https://ca.indeed.com/jobs?q=marketing&l=Toronto', 'https://www.indeed.com/q-marketing-l-austin,-tx-jobs.html'],
    both: ['https://www.indeed.com/jobs?q=marketing&l=Austin%2C+TX&vjk=0a1b2c3d4e5f6071', 'https://au.indeed.com/jobs?q=operations&vjk=1b2c3d4e5f607182'],
    neither: ['https://www.indeed.com/', 'https://www.indeed.com/cmp/Bluebonnet-Solar', 'https://www.indeed.com/viewjob'],
  },
};

/** Not any board's: careers pages, ATS pages, look-alike hosts. */
const FOREIGN = [
  'https://job-boards.greenhouse.io/northwindrobotics/jobs/7012345',
  'https://jobs.lever.co/larkspur/3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
  'https://app.mokahr.com/social-recruitment/shiguang/40031#/job/6b1f2c3d',
  'https://www.indeed.com.evil.example/viewjob?jk=0a1b2c3d4e5f6071',
  'https://linkedin.com.example/jobs/view/4012345678/',
  'https://zhipin.com.example/job_detail/abc.html',
  'http://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6071',
];

const ownUrls = (samples: Samples) => [...samples.job, ...samples.list, ...samples.both];

describe('URL predicates', () => {
  it('has samples for every board', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(BOARD_ADAPTERS.map((adapter) => adapter.id).sort());
  });

  describe.each(BOARD_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
    const samples = SAMPLES[id]!;
    it.each(samples.job)('job page: %s', (href) => {
      expect([adapter.isJobPage(new URL(href)), adapter.isListPage(new URL(href))]).toEqual([true, false]);
    });
    it.each(samples.list.length ? samples.list : ['-'])('list page: %s', (href) => {
      if (href === '-') return;
      expect([adapter.isJobPage(new URL(href)), adapter.isListPage(new URL(href))]).toEqual([false, true]);
    });
    it.each(samples.both.length ? samples.both : ['-'])('split view: %s', (href) => {
      if (href === '-') return;
      expect([adapter.isJobPage(new URL(href)), adapter.isListPage(new URL(href))]).toEqual([true, true]);
    });
    it.each(samples.neither)('neither: %s', (href) => {
      expect([adapter.isJobPage(new URL(href)), adapter.isListPage(new URL(href))]).toEqual([false, false]);
    });
    it('claims no other adapter’s URLs and no foreign URL', () => {
      const others = Object.entries(SAMPLES).filter(([other]) => other !== id).flatMap(([, s]) => [...ownUrls(s), ...s.neither]);
      for (const href of [...others, ...FOREIGN]) {
        expect(adapter.isJobPage(new URL(href)) || adapter.isListPage(new URL(href)), href).toBe(false);
      }
    });
    it('is the registry’s adapter for its own URLs (including its non-job pages)', () => {
      for (const href of [...ownUrls(samples), ...samples.neither]) expect(adapterForUrl(new URL(href))?.id, href).toBe(id);
    });
    it('claims the URLs of its saved pages', () => {
      for (const [kind, page] of Object.entries(readExpected(id))) {
        const url = new URL(page.url);
        if (kind.startsWith('detail') || kind.startsWith('search-pane')) expect(adapter.isJobPage(url), page.url).toBe(true);
        if (kind === 'list' || kind.startsWith('search-pane')) expect(adapter.isListPage(url), page.url).toBe(true);
      }
    });
  });

  it('gives no board for foreign URLs; generic never claims a URL', () => {
    for (const href of FOREIGN) expect(adapterForUrl(new URL(href)), href).toBeUndefined();
    for (const adapter of ALL_ADAPTERS) for (const href of FOREIGN) expect(adapter.isJobPage(new URL(href))).toBe(false);
    for (const samples of Object.values(SAMPLES)) {
      for (const href of ownUrls(samples)) expect(genericAdapter.isJobPage(new URL(href)) || genericAdapter.isListPage(new URL(href))).toBe(false);
    }
  });
});

describe('content-script match patterns', () => {
  it('are https-only, never all-URL patterns, and generic has none', () => {
    expect(genericAdapter.matches).toEqual([]);
    expect(BOARD_MATCHES.length).toBeGreaterThan(0);
    for (const pattern of BOARD_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/.*$/);
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
      expect(() => new MatchPattern(pattern)).not.toThrow();
    }
  });

  it('cover every board’s URLs with its own patterns and no other board’s patterns', () => {
    for (const adapter of BOARD_ADAPTERS) {
      const samples = SAMPLES[adapter.id]!;
      const own = adapter.matches.map((pattern) => new MatchPattern(pattern));
      const others = BOARD_ADAPTERS.filter((other) => other !== adapter).flatMap((other) => other.matches.map((pattern) => new MatchPattern(pattern)));
      for (const href of [...ownUrls(samples), ...samples.neither]) {
        expect(own.some((pattern) => pattern.includes(href)), href).toBe(true);
        expect(others.some((pattern) => pattern.includes(href)), href).toBe(false);
      }
    }
  });

  it('cover none of the foreign URLs', () => {
    const all = BOARD_MATCHES.map((pattern) => new MatchPattern(pattern));
    for (const href of FOREIGN) expect(all.some((pattern) => pattern.includes(href)), href).toBe(false);
  });
});
