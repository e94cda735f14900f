// Segmenter: headings, numbering, inline lists, sections and offsets, on example postings written for these tests.
import { describe, expect, it } from 'vitest';
import { segmentPosting, stripListMarker, type LineSpan, type Segmented } from '../../lib/analysis/segment';

const texts = (spans: LineSpan[]) => spans.map((s) => s.text);

function expectExactOffsets(input: string, seg: Segmented): void {
  for (const span of [...seg.duties, ...seg.requirements, ...seg.other]) {
    expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe(span.text.trim());
    expect(span.text.length).toBeGreaterThan(0);
  }
  let last = -1;
  for (const s of seg.sections) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    last = s.start;
  }
}

describe('segmentPosting: headed postings', () => {
  const zh = [
    '岗位职责：',
    '1、负责公司小红书账号的日常内容策划与发布；',
    '2、策划线上拉新活动，跟踪转化数据并复盘；',
    '',
    '任职要求：',
    '1、本科及以上学历，新闻传播类专业优先；',
    '2、3年以上社媒账号运营经验；',
    '',
    '福利待遇：',
    '1、五险一金，周末双休',
  ].join('\n');

  it('splits duties, requirements and benefits under Chinese headings', () => {
    const seg = segmentPosting(zh);
    expect(texts(seg.duties)).toEqual(['负责公司小红书账号的日常内容策划与发布；', '策划线上拉新活动，跟踪转化数据并复盘；']);
    expect(texts(seg.requirements)).toEqual(['本科及以上学历，新闻传播类专业优先；', '3年以上社媒账号运营经验；']);
    expect(texts(seg.other)).toEqual(['五险一金，周末双休']);
    expect(seg.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['duties', '岗位职责：'],
      ['requirements', '任职要求：'],
      ['other', '福利待遇：'],
    ]);
    expectExactOffsets(zh, seg);
  });

  const en = [
    '**About Us**',
    'We are a small team building ordering tools for neighbourhood bakeries.',
    '',
    "**What You'll Do:**",
    '* Plan and run email campaigns for seasonal product launches',
    '* Track conversion and retention metrics every week',
    '* Collaborate with design on landing pages',
    '',
    '### Requirements',
    '* 3+ years of experience in lifecycle marketing',
    '* Strong writing skills',
    '',
    '**Benefits**',
    '* Health insurance',
    '* Flexible hours',
  ].join('\n');

  it('reads Markdown-bold and # headings and * bullets in English', () => {
    const seg = segmentPosting(en);
    expect(texts(seg.duties)).toEqual([
      'Plan and run email campaigns for seasonal product launches',
      'Track conversion and retention metrics every week',
      'Collaborate with design on landing pages',
    ]);
    expect(texts(seg.requirements)).toEqual(['3+ years of experience in lifecycle marketing', 'Strong writing skills']);
    expect(texts(seg.other)).toContain('Health insurance');
    expect(seg.sections.map((s) => s.kind)).toEqual(['other', 'duties', 'requirements', 'other']);
    expectExactOffsets(en, seg);
  });

  it.each([
    ['工作职责：', 'zh'],
    ['【岗位职责】', 'zh'],
    ['职位描述', 'zh'],
    ['工作内容:', 'zh'],
    ['你将负责', 'zh'],
    ['岗位指责：', 'zh (misspelt)'],
    ['工作描述：', 'zh'],
    ['一、岗位职责', 'zh (numbered heading)'],
    ['Responsibilities', 'en'],
    ['**Key Responsibilities:**', 'en'],
    ["What you'll do", 'en'],
    ['Essential Functions', 'en'],
    ['### The role', 'en'],
    ['岗位职责如下：', 'zh (with 如下)'],
    ['你需要负责：', 'zh'],
    ['The Events Lead will:', 'en (a sentence ending in "will:")'],
    ['In this role, you will:', 'en'],
  ])('"%s" (%s) opens a duties section and is never a duty itself', (heading) => {
    const body = /[a-z]/i.test(heading) ? 'Plan the quarterly webinar programme' : '负责季度直播活动的策划与执行';
    const seg = segmentPosting(`${heading}\n- ${body}\n`);
    expect(texts(seg.duties)).toEqual([body]);
    expect(seg.sections[0]?.kind).toBe('duties');
  });

  it.each([
    ['任职要求：'],
    ['岗位要求'],
    ['【任职资格】'],
    ['职位要求：'],
    ['Qualifications'],
    ['**What you bring**'],
    ['Who you are:'],
    ['Skills'],
  ])('"%s" opens a requirements section', (heading) => {
    const body = /[a-z]/i.test(heading) ? 'Comfort with spreadsheets' : '熟练使用Excel';
    const seg = segmentPosting(`${heading}\n- ${body}\n`);
    expect(texts(seg.requirements)).toEqual([body]);
    expect(seg.duties).toEqual([]);
  });

  it('reads a heading followed by its first item on the same line', () => {
    const seg = segmentPosting('工作内容：负责品牌联名项目的对接与落地\n岗位要求：两年以上品牌工作经验');
    expect(texts(seg.duties)).toEqual(['负责品牌联名项目的对接与落地']);
    expect(texts(seg.requirements)).toEqual(['两年以上品牌工作经验']);
  });
});

describe('segmentPosting: inline headings and inline numbering', () => {
  it('starts a new section at a heading in the middle of a line', () => {
    const input = '负责门店会员活动的策划与执行，完成季度拉新指标。岗位要求:1、两年以上零售行业经验；2、熟悉会员系统';
    const seg = segmentPosting(input);
    expect(texts(seg.duties)).toEqual(['负责门店会员活动的策划与执行，完成季度拉新指标。']);
    expect(texts(seg.requirements)).toEqual(['两年以上零售行业经验；', '熟悉会员系统']);
    expect(seg.sections.map((s) => s.kind)).toEqual(['duties', 'requirements']);
    expectExactOffsets(input, seg);
  });

  it('splits numbering that runs inline, after the heading too', () => {
    const seg = segmentPosting('工作内容：1、撰写产品文案；2、策划直播活动；3、维护达人关系');
    expect(texts(seg.duties)).toEqual(['撰写产品文案；', '策划直播活动；', '维护达人关系']);
  });

  it('splits a run-together posting at bracketed headings', () => {
    const seg = segmentPosting('【工作职责】1、管理社群日常答疑；2、组织线下读书会【任职要求】1、有社群运营经验');
    expect(texts(seg.duties)).toEqual(['管理社群日常答疑；', '组织线下读书会']);
    expect(texts(seg.requirements)).toEqual(['有社群运营经验']);
  });

  it('does not split at a number that is part of the text', () => {
    const seg = segmentPosting('岗位职责：\n1、提升复购率至1.5倍，完成2、3季度目标复盘');
    expect(texts(seg.duties)).toEqual(['提升复购率至1.5倍，完成2、3季度目标复盘']);
  });

  it('never splits one item at "；" or ";"', () => {
    const seg = segmentPosting('岗位职责：\n1、负责社群日常维护；策划每周主题活动；整理用户反馈\nResponsibilities\n- Own the newsletter; write and schedule it; report open rates');
    expect(texts(seg.duties)).toEqual(['负责社群日常维护；策划每周主题活动；整理用户反馈', 'Own the newsletter; write and schedule it; report open rates']);
  });
});

describe('segmentPosting: every numbering and bullet style', () => {
  const item = '负责撰写品牌公众号推文';
  it.each(['1.', '1、', '1)', '1）', '(1)', '（1）', '①', '⑴', '一、', '•', '●', '-', '*', '·', '▪', '1 ', '１．', '✅ ', '👉', '▲', '➤ '])('strips "%s"', (marker) => {
    const input = `工作内容：\n${marker}${item}\n`;
    const seg = segmentPosting(input);
    expect(texts(seg.duties)).toEqual([item]);
    expectExactOffsets(input, seg);
  });

  it('keeps Markdown bold at the start of a duty', () => {
    const seg = segmentPosting('Responsibilities\n* **Reporting**: Prepare the monthly channel report');
    expect(texts(seg.duties)).toEqual(['**Reporting**: Prepare the monthly channel report']);
  });
});

describe('segmentPosting: line breaks', () => {
  it.each([
    ['CRLF', '岗位职责：\r\n1、负责活动策划\r\n2、撰写推广文案\r\n'],
    ['CR', '岗位职责：\r1、负责活动策划\r2、撰写推广文案'],
    ['<br />', '岗位职责：<br />1、负责活动策划<br />2、撰写推广文案'],
    ['HTML list', '<p>岗位职责</p><ul><li>负责活动策划</li><li>撰写推广文案</li></ul>'],
  ])('%s', (_name, input) => {
    const seg = segmentPosting(input);
    expect(texts(seg.duties)).toEqual(['负责活动策划', '撰写推广文案']);
    expectExactOffsets(input, seg);
  });
});

describe('stripListMarker', () => {
  it.each([
    ['  1、负责活动策划  ', '负责活动策划'],
    ['（2）撰写文案', '撰写文案'],
    ['③ 维护社群', '维护社群'],
    ['- Plan events', 'Plan events'],
    ['* Plan events', 'Plan events'],
    ['**Bold label**: text', '**Bold label**: text'],
    ['1.5倍增长', '1.5倍增长'],
    ['3 年以上经验', '3 年以上经验'],
    ['2024年目标', '2024年目标'],
    ['a. Plan events', 'Plan events'],
    ['B) Run webinars', 'Run webinars'],
    ['U.S. citizens only', 'U.S. citizens only'],
    ['e.g. events', 'e.g. events'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    const { start, end } = stripListMarker(input, 0, input.length);
    expect(input.slice(start, end)).toBe(expected);
  });

  it('works on a span inside a longer text and clamps bad bounds', () => {
    const text = 'xx\n 2. Write copy \nyy';
    const { start, end } = stripListMarker(text, 3, 18);
    expect(text.slice(start, end)).toBe('Write copy');
    expect(stripListMarker('abc', -5, 99)).toEqual({ start: 0, end: 3 });
  });
});
