// The level classifier: the rubric's decision order in both languages, the phrases it reports and
// their offsets, and custom cues. Every line here is our own wording.
import { describe, expect, it } from 'vitest';
import { classifyLevel } from '../../lib/analysis/level';
import { getLexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import type { Level } from '../../lib/analysis/schema';

const levelOf = (text: string) => classifyLevel(prepareLine(text, 0, getLexicon())).level;

describe('classifyLevel: one cue a level', () => {
  it.each<[string, Level]>([
    ['制定品牌未来三年的发展战略', 'strategy'],
    ['负责年度市场预算的编制与管控', 'strategy'],
    ['明确新品牌的品牌定位', 'strategy'],
    ['负责双十一大促的活动策划', 'tactics'],
    ['输出门店开业的推广方案', 'tactics'],
    ['搭建会员成长体系', 'tactics'],
    ['撰写并发布公众号推文', 'execution'],
    ['负责抖音账号的日常更新与维护', 'execution'],
    ['带领五人内容团队完成月度选题', 'management'],
    ['负责组员的绩效考核与任务分配', 'management'],
    ['协助主管整理活动报名表', 'chores'],
    ['完成领导交办的其他工作', 'chores'],
    ['Set the brand strategy for the Nordic market.', 'strategy'],
    ['Own the annual budget of the communications team.', 'strategy'],
    ['Plan and run quarterly webinars for partners.', 'tactics'],
    ['Design referral campaigns for new members.', 'tactics'],
    ['Write and publish weekly posts on company accounts.', 'execution'],
    ['Supervise two event coordinators and review their work.', 'management'],
    ['Mentor junior designers on the studio floor.', 'management'],
    ['Assist the director with travel bookings.', 'chores'],
    ['Other duties as assigned.', 'chores'],
  ])('%s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a line with no level cue is execution, with no cues', () => {
    expect(classifyLevel(prepareLine('负责官网图片更换', 0, getLexicon()))).toEqual({ level: 'execution', cues: [] });
    expect(classifyLevel(prepareLine('Answer phone calls from visitors.', 0, getLexicon()))).toEqual({ level: 'execution', cues: [] });
  });
});

describe('classifyLevel: longer lines in the style of real postings', () => {
  it.each<[string, Level]>([
    ['负责公司品牌的整体策略规划，明确品牌调性与方向', 'strategy'],
    ['参与制定公司中长期发展规划', 'strategy'],
    ['负责抖音直播间的日常运营，包括排品、上架与直播复盘', 'execution'],
    ['策划并落地618、双11等大促活动，对GMV负责', 'tactics'],
    ['制定社群运营SOP，并培训社群运营专员', 'tactics'],
    ['根据业务目标拆解运营指标并制定落地策略', 'tactics'],
    ['管理10人以上的电商运营团队，负责团队的招聘、培养与考核', 'management'],
    ['根据品牌节奏撰写公众号、小红书内容', 'execution'],
    ['协助运营经理完成活动数据统计与复盘', 'chores'],
    ['完成主管交办的其他临时性任务', 'chores'],
    ['输出竞品分析报告，为业务决策提供支持', 'execution'],
    ['Develop and execute integrated campaigns across paid, owned and earned channels.', 'tactics'],
    ['Own the marketing budget and report on return on spend.', 'strategy'],
    ['Hire, train and develop a team of community managers.', 'management'],
    ['Lead the planning and delivery of flagship events.', 'tactics'],
    ['Provide leadership and direction to the marketing team.', 'management'],
    ['Support the sales team with collateral and slides.', 'chores'],
    ['Serve as the primary point of contact for partners.', 'execution'],
  ])('%s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('classifyLevel: the decision order', () => {
  it.each<[string, Level, string]>([
    ['协助经理制定年度品牌战略', 'chores', 'assisting leads the line: chores before strategy'],
    ['配合市场部完成活动方案的修改', 'chores', '配合 leads the line: chores before tactics'],
    ['Support the head of marketing in setting the brand strategy.', 'chores', 'support leads: chores before strategy'],
    ['带领团队制定并落地全年增长规划', 'management', 'leading own team before strategy'],
    ['Manage the social team and plan its quarterly campaigns.', 'management', 'managing staff before tactics'],
    ['负责制定年度渠道规划，协助财务完成对账', 'strategy', 'a 协助 deep inside a line led by 负责制定 is not chores'],
    ['Write campaign plans and assist the team with reporting.', 'tactics', 'assist inside the line is not chores'],
    ['负责品牌战略并策划季度活动', 'strategy', 'strategy is the highest plan level'],
    ['策划并执行线下快闪活动', 'tactics', '策划并执行 is tactics'],
    ['Plan and execute the spring launch event.', 'tactics', 'plan and execute is tactics'],
    ['负责管理外部代理公司与供应商', 'execution', 'managing agencies or suppliers is not management'],
    ['Manage relationships with outside agencies and vendors.', 'execution', 'managing vendors is not management'],
  ])('%s → %s (%s)', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each<[string, Level, string]>([
    ['落实总部下达的营销策略', 'execution', 'carrying out a strategy is execution'],
    ['根据部门年度规划推进招募工作', 'execution', 'working from a plan someone set'],
    ['负责商品详情页的文案策划', 'execution', '文案策划 is copy writing'],
    ['配合大促节点上新商品', 'execution', '配合 here means in step with key dates'],
    ['协助合作客户完成账户开通', 'execution', 'serving a client is not assisting a colleague'],
    ['Implement the new strategy in each store.', 'execution', 'implementing a strategy is execution'],
    ['Send weekly updates to the leadership team.', 'execution', 'the leadership team is not a team one leads'],
  ])('a phrase re-reads a higher word: %s → %s (%s)', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it('weak off-lead chores cues do not add up to a main verb', () => {
    expect(levelOf('负责用户调研，帮助产品改进并协助设计验证')).toBe('execution');
  });

  it('a heading, numbering or filler before the verb does not hide it', () => {
    expect(levelOf('3. 协助运营经理处理售后问题')).toBe('chores');
    expect(levelOf('内容支持：配合编辑部完成选题排期')).toBe('chores');
    expect(levelOf('**Events**: Support the events lead on show days.')).toBe('chores');
    expect(levelOf('在公司统一安排下，积极配合各地门店的工作')).toBe('chores');
    expect(levelOf('Assist with onboarding: prepare welcome packs and badges.')).toBe('chores');
    expect(levelOf('You will support the office manager with supplies.')).toBe('chores');
  });
});

describe('classifyLevel: cues', () => {
  it('reports the deciding phrases with offsets into the posting text', () => {
    const posting = '岗位职责：\n1、负责制定品牌年度推广规划，管控费用预算；\n2、协助主管完成日常报表。';
    const lexicon = getLexicon();
    const lines = posting.split('\n');
    let offset = 0;
    const decisions = lines.map((text) => {
      const decision = classifyLevel(prepareLine(text, offset, lexicon));
      offset += text.length + 1;
      return decision;
    });
    expect(decisions.map((d) => d.level)).toEqual(['execution', 'strategy', 'chores']);
    for (const cue of decisions.flatMap((d) => d.cues)) {
      expect(posting.slice(cue.start, cue.end)).toBe(cue.text);
      expect(cue.kind).toBe('level');
    }
    expect(decisions[1]!.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['年度推广规划', '预算']));
    expect(decisions[1]!.cues.every((c) => c.level === 'strategy' && c.rule.endsWith('→ level: strategy'))).toBe(true);
    expect(decisions[2]!.cues.map((c) => c.rule)).toEqual(['协助 (leads the line) → level: chores']);
  });

  it('reports a phrase once, not again inside a longer phrase of the same level', () => {
    const decision = classifyLevel(prepareLine('完成主管交办的其他临时性任务', 0, getLexicon()));
    const spans = decision.cues.map((c) => [c.start, c.end] as const);
    for (const [s, e] of spans) expect(spans.filter(([s2, e2]) => s2 <= s && e <= e2).length).toBe(1);
  });

  it('keeps offsets exact on full-width text', () => {
    const text = '　ＡＢ测试：制定渠道投放策略';
    const decision = classifyLevel(prepareLine(text, 7, getLexicon()));
    expect(decision.level).toBe('tactics');
    const padded = '0123456' + text;
    for (const cue of decision.cues) expect(padded.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('English cues keep their original case in the reported text', () => {
    const decision = classifyLevel(prepareLine('Other Duties As Assigned', 0, getLexicon()));
    expect(decision.level).toBe('chores');
    expect(decision.cues.map((c) => c.text)).toContain('Other Duties');
  });
});

describe('classifyLevel: custom cues', () => {
  it('a custom level cue takes part and is reported as custom', () => {
    const lexicon = getLexicon([{ text: '搬砖', level: 'chores', weight: 3 }]);
    const decision = classifyLevel(prepareLine('负责门店每周搬砖', 0, lexicon));
    expect(decision.level).toBe('chores');
    expect(decision.cues).toHaveLength(1);
    expect(decision.cues[0]).toMatchObject({ text: '搬砖', kind: 'custom', level: 'chores', weight: 3 });
    expect(decision.cues[0]!.rule).toContain('[custom]');
  });

  it('a custom cue counts in full even when it does not lead the line', () => {
    const lexicon = getLexicon([{ text: 'line manager', level: 'management', weight: 2 }]);
    expect(classifyLevel(prepareLine('Write posts and act as line manager for two interns.', 0, lexicon)).level).toBe('management');
    expect(levelOf('Write posts and act as line manager for two interns.')).toBe('execution');
  });

  it('a light custom cue is not enough on its own', () => {
    const lexicon = getLexicon([{ text: '复盘', level: 'tactics', weight: 0.5 }]);
    expect(classifyLevel(prepareLine('整理活动复盘', 0, lexicon)).level).toBe('execution');
  });
});
