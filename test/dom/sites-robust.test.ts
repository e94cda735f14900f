// When selectors miss, adapters return null (and say which selector missed) instead of throwing;
// the generic reader handles JSON-LD in its many shapes; embedded HTML stays inert.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_ADAPTERS, BOARD_ADAPTERS, extractPosting, genericAdapter } from '@/lib/sites';
import { zhipinAdapter } from '@/lib/sites/zhipin';
import { indeedAdapter } from '@/lib/sites/indeed';
import { fixturePath, loadHtml, loadPage, readExpected } from './sites/fixtures';

afterEach(() => vi.restoreAllMocks());

/** The saved page with every hook adapters rely on removed: classes, ids, data-*, scripts. */
function stripped(site: string, kind: string): { doc: Document; url: URL } {
  const { doc, url } = loadPage(site, kind);
  doc.querySelectorAll('script').forEach((script) => script.remove());
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^(class|id|title|data-|itemprop|itemscope|itemtype|componentkey|role|aria-|style)/.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  }
  doc.querySelectorAll('style').forEach((style) => style.remove());
  return { doc, url };
}

describe('broken markup', () => {
  it.each(BOARD_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s: selectors miss → null, logged, no throw', (id, adapter) => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    for (const kind of Object.keys(readExpected(id))) {
      const { doc, url } = stripped(id, kind);
      expect(() => adapter.extract(doc, url)).not.toThrow();
      expect(adapter.extract(doc, url), `${id}/${kind}`).toBeNull();
      expect(adapter.listCards(doc, url)).toEqual([]);
      expect(() => extractPosting(doc, url)).not.toThrow();
    }
    expect(debug.mock.calls.some(([message]) => String(message).includes(`no ${id} description`) || String(message).includes(`${id}: no description`))).toBe(true);
  });

  it.each(ALL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s: empty, garbage and captcha pages → null', (_id, adapter) => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const url = new URL('https://www.example.com/');
    for (const html of ['', '<html><body></body></html>', '<div><<<p>>>岗位</div></span></table>', '<title>滑动验证页面</title><div id="nc_1"></div>']) {
      const doc = loadHtml(html, url.href);
      expect(adapter.extract(doc, url)).toBeNull();
      expect(adapter.listCards(doc, url)).toEqual([]);
    }
  });

  it.each(ALL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s: a DOM that throws is caught', (_id, adapter) => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage(_id, 'detail');
    const boom = () => {
      throw new Error('detached frame');
    };
    doc.querySelector = boom as never;
    doc.querySelectorAll = boom as never;
    expect(adapter.extract(doc, url)).toBeNull();
    expect(adapter.listCards(doc, url)).toEqual([]);
  });

  it('falls back to the generic reader on a board page whose own selectors miss', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = stripped('51job', 'detail');
    const extraction = extractPosting(doc, url);
    expect(extraction?.posting.site).toBe('generic');
    expect(extraction?.posting.text.split('\n')).toContain('岗位职责：');
  });

  it('drops zhipin salaries drawn with the private digit font', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('zhipin', 'list');
    expect(zhipinAdapter.extract(doc, url)?.posting.salary).toBeUndefined();
  });

  it('indeed: falls back to JSON-LD when #jobDescriptionText is gone (no segments then)', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('indeed', 'detail');
    doc.querySelector('#jobDescriptionText')!.remove();
    const extraction = indeedAdapter.extract(doc, url)!;
    expect(extraction.segments).toEqual([]);
    expect(extraction.posting.text.split('\n')).toContain(readExpected('indeed').detail!.textIncludes![1]);
    expect(extraction.posting.text).not.toContain('__hostile');
  });

  it('indeed: re-reads the visible block when only its id changed', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('indeed', 'detail');
    doc.querySelector('#jobDescriptionText')!.id = 'jobDescriptionText-v2';
    const extraction = indeedAdapter.extract(doc, url)!;
    expect(extraction.segments.length).toBeGreaterThan(0);
    expect(extraction.posting.text).toContain('Responsibilities');
  });
});

describe('generic JSON-LD and microdata shapes', () => {
  const url = new URL('https://careers.example.org/jobs/42');
  const description = '<p>Responsibilities</p><ul><li>Run the spring product launch and its press tour.</li><li>Report campaign reach monthly.</li></ul>';
  const page = (ld: string, body = '') => loadHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`, url.href);
  const posting = { '@type': 'JobPosting', title: 'Launch Manager', description, hiringOrganization: { name: 'Example Org' } };

  it.each([
    ['a plain object', JSON.stringify({ '@context': 'https://schema.org', ...posting })],
    ['an array', JSON.stringify([{ '@type': 'BreadcrumbList' }, posting])],
    ['@graph', JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, posting] })],
    ['an @type list', JSON.stringify({ ...posting, '@type': ['JobPosting', 'Thing'] })],
    ['a full schema.org IRI type', JSON.stringify({ ...posting, '@type': 'http://schema.org/JobPosting' })],
    ['an HTML comment wrapper', `<!--${JSON.stringify(posting)}-->`],
  ])('reads %s', (_shape, ld) => {
    const extraction = genericAdapter.extract(page(ld), url)!;
    expect(extraction.posting).toMatchObject({ site: 'generic', title: 'Launch Manager', company: 'Example Org' });
    expect(extraction.posting.text).toBe('Responsibilities\nRun the spring product launch and its press tour.\nReport campaign reach monthly.');
    expect(extraction.segments).toEqual([]);
  });

  it('skips a broken block and reads the next; a string organisation works', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const doc = loadHtml(
      `<script type="application/ld+json">{ not json</script><script type="application/ld+json">${JSON.stringify({ ...posting, hiringOrganization: 'Plain Org' })}</script>`,
      url.href,
    );
    expect(genericAdapter.extract(doc, url)?.posting.company).toBe('Plain Org');
  });

  it('maps JSON-LD text onto the visible block when the page shows it', () => {
    const doc = page(JSON.stringify(posting), `<main><h1>Launch Manager</h1><section class="jd">${description}</section><footer>Imprint</footer></main>`);
    const extraction = genericAdapter.extract(doc, url)!;
    expect(extraction.segments.length).toBe(3);
    expect(extraction.segments.every((segment) => doc.querySelector('.jd')!.contains(segment.node))).toBe(true);
  });

  it('keeps HTML from JSON inert', async () => {
    const hostile = { ...posting, description: `<img src="x" onerror="window.__roleLensPwned=1"><script>window.__roleLensPwned=2</script><p>Plan the launch.</p>` };
    const extraction = genericAdapter.extract(page(JSON.stringify(hostile).replace(/<\//g, '<\\/')), url)!;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((globalThis as Record<string, unknown>).__roleLensPwned).toBeUndefined();
    expect(extraction.posting.text).toBe('Plan the launch.');
  });

  it('reads https microdata and ignores other itemtypes', () => {
    const doc = loadHtml(
      `<div itemscope itemtype="https://schema.org/Organization"><div itemprop="description">Not a job</div></div>
       <div itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Ops Lead</h2><meta itemprop="hiringOrganization" content="Meta Org"><div itemprop="description"><p>Own the fulfilment SLA.</p></div></div>`,
      url.href,
    );
    expect(genericAdapter.extract(doc, url)?.posting).toMatchObject({ title: 'Ops Lead', company: 'Meta Org', text: 'Own the fulfilment SLA.' });
  });

  it('returns null on pages with neither structured data nor a duties heading', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const doc = loadHtml(readFileSync(fixturePath('zhipin', 'list'), 'utf8').replace(/岗位职责：/g, ''), url.href);
    expect(genericAdapter.extract(doc, url)).toBeNull();
  });
});

describe('embedded JSON picks the page’s own posting', () => {
  it('lagou: a list page whose search data carries descriptions yields no posting', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('lagou', 'list');
    expect(doc.querySelector('#__NEXT_DATA__')!.textContent).toContain('positionDetail');
    expect(ALL_ADAPTERS.find((adapter) => adapter.id === 'lagou')!.extract(doc, url)).toBeNull();
  });
});

describe('pages saved without their stylesheets', () => {
  it('liepin: the JD keeps its lines without the site’s pre-wrap CSS', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('liepin', 'detail-2');
    doc.querySelectorAll('style').forEach((style) => style.remove());
    const lines = ALL_ADAPTERS.find((adapter) => adapter.id === 'liepin')!.extract(doc, url)!.posting.text.split('\n');
    expect(lines).toContain(readExpected('liepin')['detail-2']!.textIncludes![1]);
  });

  it('51job: reads the 2021 search.51job.com cards', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const url = 'https://search.51job.com/list/020000,000000,0000,00,9,99,%25E8%25BF%2590%25E8%2590%25A5,2,1.html';
    const card = (n: number) =>
      `<div class="e"><a href="https://jobs.51job.com/shanghai/1234567${n}.html?s=sou_sou_soulb" target="_blank" class="el"><p class="t"><span title="活动运营${n}" class="jname at">活动运营${n}</span><span class="time">11-20发布</span></p><p class="info"><span class="sal">6-8千/月</span><span class="d at">上海 | 1年经验 | 大专</span></p></a><div class="er"><a href="https://jobs.51job.com/all/co1.html" target="_blank" class="cname at" title="某公司${n}">某公司${n}</a></div></div>`;
    const doc = loadHtml(`<div class="j_result"><div class="j_joblist">${[1, 2, 3].map(card).join('')}</div></div>`, url);
    const cards = ALL_ADAPTERS.find((adapter) => adapter.id === '51job')!.listCards(doc, new URL(url));
    expect(cards.map((c) => [c.title, c.company, c.url])).toEqual([1, 2, 3].map((n) => [`活动运营${n}`, `某公司${n}`, `https://jobs.51job.com/shanghai/1234567${n}.html?s=sou_sou_soulb`]));
  });

  it('zhipin: the 2022 layout (.detail-content .job-sec .text) still reads', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const url = 'https://www.zhipin.com/job_detail/0a1b2c3d4e5f.html';
    const doc = loadHtml(
      `<div class="job-banner"><div class="info-primary"><div class="name"><h1>渠道运营</h1><span class="salary">8-12K</span></div></div></div>
       <div class="detail-content"><div class="job-sec"><h3>职位描述</h3><div class="text">岗位职责：<br>1、拓展线上分销渠道；<br>2、跟踪渠道转化数据。</div></div>
       <div class="job-sec company-info"><h3>公司介绍</h3><div class="text">一家做茶饮的公司。</div></div></div>`,
      url,
    );
    expect(zhipinAdapter.extract(doc, new URL(url))?.posting).toMatchObject({ title: '渠道运营', salary: '8-12K', text: '岗位职责：\n1、拓展线上分销渠道；\n2、跟踪渠道转化数据。' });
  });
});

describe('zhipin watermark', () => {
  it('drops the hidden watermark word even when the page lost its CSS', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('zhipin', 'detail');
    doc.querySelectorAll('style').forEach((style) => style.remove());
    const extraction = zhipinAdapter.extract(doc, url)!;
    expect(extraction.posting.text).not.toContain('直聘');
    expect(extraction.posting.text.split('\n')).toContain('5、开展竞品与消费者认知调研，形成季度品牌健康度报告。');
  });
});

describe('locating JSON text on the page', () => {
  it('never takes the embedded JSON itself for the visible block', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('lagou', 'detail');
    // The visible description is gone; only a teaser with the first line and the JSON remain.
    doc.querySelector('div[class^="job-detail__"]')!.remove();
    // Some pages keep their state script inside the app wrapper, next to the teaser.
    const teaser = doc.createElement('p');
    teaser.textContent = '1. 负责App新用户获取，管理应用商店与信息流渠道投放';
    const wrapper = doc.createElement('div');
    wrapper.append(teaser, doc.querySelector('#__NEXT_DATA__')!);
    doc.body.prepend(wrapper);
    const extraction = ALL_ADAPTERS.find((adapter) => adapter.id === 'lagou')!.extract(doc, url)!;
    expect(extraction.segments).toEqual([]);
    expect(extraction.posting.text.split('\n')).toContain('2. 数据敏感，熟练使用SQL与Excel。');
    expect(extraction.posting.text).not.toContain('props');
  });
});

describe('script text never leaks into fields', () => {
  it('titles and companies leave out script and style contents', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { doc, url } = loadPage('zhipin', 'detail');
    const h1 = doc.querySelector('.info-primary .name h1')!;
    h1.insertAdjacentHTML('beforeend', '<script>var leaked = 1</script><style>.x{}</style>');
    const posting = zhipinAdapter.extract(doc, url)!.posting;
    expect(posting.title).toBe('品牌市场经理');
  });
});
