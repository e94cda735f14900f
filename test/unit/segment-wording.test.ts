// Requirement-vs-duty wording (rubric rule 6) and postings without headings, in both languages.
import { describe, expect, it } from 'vitest';
import { isRequirementLine, segmentPosting } from '../../lib/analysis/segment';

const texts = (spans: Array<{ text: string }>) => spans.map((s) => s.text);

describe('isRequirementLine', () => {
  it.each([
    '本科及以上学历',
    '3年以上社群运营经验',
    '具备较强的文案撰写能力',
    '熟悉SQL',
    '有跨境店铺经验者优先',
    '良好的表达能力和团队意识',
    '会剪辑视频者加分',
    '对宠物行业有浓厚兴趣，抗压能力强',
    '执行力强，责任心强',
    '能接受短期出差',
    // An ability label ends the line's verdict, even after emoji (two code units each) before it.
    '🔥🔥🔥🔥🔥执行能力：按时推进多个项目',
    '执行能力：按时推进多个项目',
    '5+ years of experience in B2B marketing',
    "Bachelor's degree in Marketing or a related field",
    'Strong written and verbal communication skills',
    'Ability to manage several projects at once',
    'Proficient in Google Analytics and Looker',
    'Experience with HubSpot or Salesforce',
    'Familiarity with SEO is a plus',
    'Must be able to lift 20 pounds',
  ])('a qualification: %s', (line) => {
    expect(isRequirementLine(line)).toBe(true);
  });

  it.each([
    // Opens with 熟悉 / 能 but states a task (rubric rule 6).
    '熟悉各类社媒玩法，并能制定账号的月度增长方案',
    '能够独立策划线下快闪活动，并完成效果复盘',
    '负责品牌活动的策划与执行',
    '定期输出竞品分析报告',
    '有渠道资源，维护并拓展本地商户合作',
    '新品上架、详情页优化及店铺日常维护',
    'Develop and execute the quarterly content calendar',
    'Manages paid social budgets and reports on ROI',
    'Leading the launch of a new loyalty programme',
    'Work with sales to qualify inbound leads',
    'Budget Ownership: Own the regional events budget',
    '',
  ])('not a qualification: %s', (line) => {
    expect(isRequirementLine(line)).toBe(false);
  });
});

describe('segmentPosting: a duties section that mixes in qualifications', () => {
  it('keeps task lines as duties and moves ability lines to requirements', () => {
    const seg = segmentPosting(
      [
        '岗位职责：',
        '1、负责抖音直播间的日常排期与运营；',
        '2、具备较强的抗压能力；',
        '3、熟悉直播平台规则，并能依照复盘结论改进直播脚本；',
        '4、有三年以上主播运营经验优先。',
      ].join('\n'),
    );
    expect(texts(seg.duties)).toEqual(['负责抖音直播间的日常排期与运营；', '熟悉直播平台规则，并能依照复盘结论改进直播脚本；']);
    expect(texts(seg.requirements)).toEqual(['具备较强的抗压能力；', '有三年以上主播运营经验优先。']);
  });

  it('treats a second list that restarts at 1 as requirements when its lines read so', () => {
    const seg = segmentPosting('岗位职责：\n1、策划会员日活动\n2、维护门店社群\n\n1、大专以上学历\n2、表达清楚，可以适应倒班');
    expect(texts(seg.duties)).toEqual(['策划会员日活动', '维护门店社群']);
    expect(texts(seg.requirements)).toEqual(['大专以上学历', '表达清楚，可以适应倒班']);
  });

  it('drops labels over sub-lists and wrapped fragments', () => {
    const seg = segmentPosting('工作职责：\n1. 内容生态建设：\n- 搭建垂类创作者激励机制\n- 组织月度创作者沙龙\n2. 负责品类的整体规划与\n落地。');
    expect(texts(seg.duties)).toEqual(['搭建垂类创作者激励机制', '组织月度创作者沙龙', '负责品类的整体规划与']);
  });

  it('reads "一、用户运营" over a list that starts again at 1 as a label', () => {
    const seg = segmentPosting('岗位职责：\n一、用户运营\n1、搭建会员积分体系\n2、策划社群裂变活动\n二、内容运营\n1、撰写公众号推文');
    expect(texts(seg.duties)).toEqual(['搭建会员积分体系', '策划社群裂变活动', '撰写公众号推文']);
    expect(texts(seg.other)).toEqual(['用户运营', '内容运营']);
  });

  it('leaves out the wrapped tail of an item that broke off mid-sentence', () => {
    const seg = segmentPosting('岗位职责：\n1、负责品类的整体规划与\n落地执行，提升品类渗透率\n2、维护达人关系。\n每月输出一次达人合作复盘');
    expect(texts(seg.duties)).toEqual(['负责品类的整体规划与', '维护达人关系。', '每月输出一次达人合作复盘']);
    expect(texts(seg.other)).toEqual(['落地执行，提升品类渗透率']);
  });

  it('keeps only task lines of an English duties list', () => {
    const seg = segmentPosting(
      [
        'Responsibilities',
        'Lead Programs',
        'Recruit and onboard new reseller partners',
        'Run quarterly business reviews with top partners',
        'Learn more about our benefits on the careers site.',
        'All other duties as assigned',
        'Qualifications',
        'Degree in business or equivalent experience',
      ].join('\n'),
    );
    expect(texts(seg.duties)).toEqual([
      'Recruit and onboard new reseller partners',
      'Run quarterly business reviews with top partners',
      'All other duties as assigned',
    ]);
    expect(texts(seg.requirements)).toEqual(['Degree in business or equivalent experience']);
  });
});

describe('segmentPosting: postings with no headings', () => {
  it('decides Chinese lines by wording', () => {
    const seg = segmentPosting(
      [
        '电商运营专员',
        '我们是一家专注宠物食品的品牌公司，团队年轻有活力。',
        '1、负责天猫店铺的日常运营和商品上新；',
        '2、策划店铺促销活动，提升转化率和复购率；',
        '3、分析店铺数据并输出周报；',
        '1、两年以上电商运营经验；',
        '2、熟练使用生意参谋等工具；',
        '五险一金，周末双休，节日福利。',
      ].join('\n'),
    );
    expect(texts(seg.duties)).toEqual(['负责天猫店铺的日常运营和商品上新；', '策划店铺促销活动，提升转化率和复购率；', '分析店铺数据并输出周报；']);
    expect(texts(seg.requirements)).toEqual(['两年以上电商运营经验；', '熟练使用生意参谋等工具；']);
    expect(texts(seg.other)).toEqual(['电商运营专员', '我们是一家专注宠物食品的品牌公司，团队年轻有活力。', '五险一金，周末双休，节日福利。']);
    expect(seg.sections.map((s) => s.kind)).toEqual(['duties', 'requirements']);
  });

  it('decides English lines by wording: task verbs against prose', () => {
    const seg = segmentPosting(
      [
        'Maple Tea Co. is a family business with twelve shops across the region.',
        '- Manage our Instagram and TikTok accounts',
        '- Create weekly promotions for the loyalty app',
        '- Coordinating in-store tasting events',
        '- 2+ years of social media experience',
        '- Excellent eye for photography',
      ].join('\n'),
    );
    expect(texts(seg.duties)).toEqual(['Manage our Instagram and TikTok accounts', 'Create weekly promotions for the loyalty app', 'Coordinating in-store tasting events']);
    expect(texts(seg.requirements)).toEqual(['2+ years of social media experience', 'Excellent eye for photography']);
  });

  it('finds a duty list under a heading it does not know', () => {
    const seg = segmentPosting(
      ['About the Company', 'We make running shoes.', 'Your Week at a Glance', 'Plan the spring race sponsorships', 'Write the monthly member newsletter', 'Benefits', 'Free shoes'].join('\n'),
    );
    expect(texts(seg.duties)).toEqual(['Plan the spring race sponsorships', 'Write the monthly member newsletter']);
    expect(seg.sections.map((s) => s.kind)).toEqual(['other', 'duties', 'other']);
  });

  it('finds a run of task sentences under a benefits heading, but not short perks', () => {
    const seg = segmentPosting(
      [
        'Why Join Us',
        'Work from anywhere',
        'Plan and publish the weekly product newsletter for customers',
        'Run quarterly customer webinars with the product team',
        'Manage the community forum and its volunteer moderators',
        'Free lunch on Fridays',
      ].join('\n'),
    );
    expect(texts(seg.duties)).toEqual([
      'Plan and publish the weekly product newsletter for customers',
      'Run quarterly customer webinars with the product team',
      'Manage the community forum and its volunteer moderators',
    ]);
    expect(texts(seg.other)).toEqual(['Work from anywhere', 'Free lunch on Fridays']);
  });

  it.each([
    // Task lines (T, long enough) and prose (p) under a benefits heading: only runs of three or more become duties.
    ['ppTTTp', [2, 3, 4]],
    ['TTTTpTT', [0, 1, 2, 3]],
    ['pTTpTTTTT', [4, 5, 6, 7, 8]],
    ['TTpTTpTT', []],
    ['TTTpTTT', [0, 1, 2, 4, 5, 6]],
  ])('rescues exactly the runs of three or more task lines: %s', (shape, rescued) => {
    const task = (k: number) => `Plan and publish the partner newsletter number ${k} every week`;
    const prose = (k: number) => `Our office number ${k} sits by the river and has a garden`;
    const lines = [...shape].map((c, k) => (c === 'T' ? task(k) : prose(k)));
    const seg = segmentPosting(['Benefits', ...lines].join('\n'));
    expect(texts(seg.duties)).toEqual(rescued.map((k) => lines[k]));
  });

  it('does not let a one-line field swallow the lines after it', () => {
    const seg = segmentPosting('工作地点：杭州西湖区\n1、负责直播间选品与排品\n2、跟进主播日常直播数据');
    expect(texts(seg.duties)).toEqual(['负责直播间选品与排品', '跟进主播日常直播数据']);
    expect(texts(seg.other)).toEqual(['杭州西湖区']);
  });
});
