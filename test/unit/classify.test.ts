// The domain classifier, rule by rule (rubric rules 1–12), in both languages. Every line here is
// our own wording; none comes from the corpus.
import { describe, expect, it } from 'vitest';
import { classifyDomain } from '../../lib/analysis/classify';
import { getLexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import type { Domain } from '../../lib/analysis/constants';
import type { DecisionRule } from '../../lib/analysis/schema';

const classify = (text: string, offset = 0, lexicon = getLexicon()) => classifyDomain(prepareLine(text, offset, lexicon));

type Case = [text: string, domain: Domain, rule?: DecisionRule];

const cases: Record<string, Case[]> = {
  'rule 1: an overlap activity takes the domain of its outcome': [
    ['撰写品牌软文，提升品牌知名度', 'marketing', 'outcome-decides'],
    ['策划线上活动，提升新用户转化率', 'operations', 'outcome-decides'],
    ['策划会员日活动，提高老用户复购', 'operations', 'outcome-decides'],
    ['Write copy for the launch to build brand awareness', 'marketing', 'outcome-decides'],
    ['Plan events that lift retention of new members', 'operations', 'outcome-decides'],
  ],
  'overlap activity without an outcome cue is shared': [
    ['负责撰写软文', 'shared', 'overlap-no-outcome'],
    ['负责公众号和小红书的日常更新', 'shared', 'overlap-no-outcome'],
    ['负责线下活动的策划与执行', 'shared', 'overlap-no-outcome'],
    ['Post on social media and write the newsletter', 'shared', 'overlap-no-outcome'],
    ['Coordinate special events', 'shared', 'overlap-no-outcome'],
  ],
  'rule 2: paid media by ROI is operations, for reach is marketing': [
    ['负责信息流广告投放，按ROI优化出价', 'operations', 'paid-media'],
    ['负责SEM账户，提升注册转化', 'operations'],
    ['采买户外广告和品牌广告位', 'marketing', 'paid-media'],
    ['Manage paid search and bring CPA down', 'operations'],
    ['Buy billboard space for the spring launch', 'marketing', 'paid-media'],
  ],
  'rule 3: feedback to product is operations, building it is product': [
    ['收集用户反馈并整理成改进建议提交给产品', 'operations', 'feedback-vs-build'],
    ['撰写需求文档，绘制原型', 'product', 'feedback-vs-build'],
    ['负责会员中心的功能设计和版本迭代', 'product'],
    ['Turn user feedback into insights for the product team', 'operations', 'feedback-vs-build'],
    ['Write the PRD and draw wireframes for the checkout', 'product', 'feedback-vs-build'],
  ],
  'rules 4 and 9: business for revenue is sales, partnerships for reach are marketing': [
    ['开发新客户，完成季度销售目标', 'sales'],
    ['负责区域招商和代理商开发', 'sales', 'bd-vs-partnership'],
    ['拓展异业合作资源，扩大品牌曝光', 'marketing'],
    ['为广告主提供投放解决方案并推动签单', 'sales'],
    ['Lead fundraising and cultivate donors', 'sales', 'bd-vs-partnership'],
    ['Close deals and build pipeline in the region', 'sales'],
  ],
  'rule 9: publicity aimed at advertisers or donors is marketing, selling to them is sales': [
    ['整理投放成功案例，制作面向广告主的宣传物料', 'marketing', 'bd-vs-partnership'],
    ['Write impact stories and case studies for donors', 'marketing', 'bd-vs-partnership'],
    ['维护广告主关系，完成广告销售收入', 'sales'],
    ['Cultivate donors and solicit year-end gifts', 'sales'],
    // 招商 stays sales beside merchant words: it is revenue from brands, not signing supply.
    ['负责招商，引入品牌商家', 'sales'],
    ['Run the spring giving campaign', 'sales'],
  ],
  'investment and legal work are other (rule 11)': [
    ['负责公司融资和投资人关系维护', 'other'],
    ['审核合作合同条款，处理法律事务', 'other'],
  ],
  'rule 7: awareness and a conversion target together is operations': [
    ['通过内容提升品牌影响力，并带动新用户拉新', 'operations', 'outcome-decides'],
    ['Raise brand awareness and drive conversion on the app', 'operations', 'outcome-decides'],
  ],
  'rule 8: platform supply is operations': [
    ['挖掘并签约优质UP主，制定扶持计划', 'operations', 'platform-supply'],
    ['与内容供应商完成商务谈判和签约', 'operations', 'platform-supply'],
    ['负责平台治理和社区规则建设', 'operations', 'platform-supply'],
    ['Set moderation standards and protect platform health', 'operations', 'platform-supply'],
  ],
  'rule 10: 推广 alone decides nothing, 运营 alone is no outcome': [
    ['负责新品推广', 'shared', 'overlap-no-outcome'],
    ['负责App推广，提升下载量和注册', 'operations'],
    ['负责品牌推广', 'marketing'],
    ['制定账号的运营计划', 'shared'],
    // 品牌 is an awareness cue (rule 10), so it decides the overlap work.
    ['负责品牌公众号的推文撰写', 'marketing', 'outcome-decides'],
  ],
  'rule 11 and the other domain: chores, admin and back office': [
    ['完成领导交办的其他工作', 'other'],
    ['负责部门的行政事务和报销', 'other'],
    ['Perform other duties as assigned', 'other'],
    ['Manage budgets, payroll and HR policies', 'other'],
  ],
  'rule 12: stores and business operations are other unless about users': [
    ['负责门店的日常运营管理和店长培训', 'other', 'back-office'],
    ['负责天猫店铺运营，提高转化和复购', 'operations'],
    ['Oversee facilities and day-to-day operations', 'other', 'back-office'],
  ],
  'marketing work': [
    ['维护重点媒体关系，撰写新闻稿', 'marketing'],
    ['负责市场调研和竞品分析', 'marketing'],
    ['Manage media relations and press releases', 'marketing'],
    ['Conduct market research on new segments', 'marketing'],
  ],
  'operations work': [
    ['搭建私域社群，提升用户活跃和留存', 'operations'],
    ['建立用户分层和会员体系', 'operations'],
    ['Own community management for the forum', 'operations'],
    ['Reduce churn with lifecycle marketing and CRM journeys', 'operations'],
    ['跟踪新功能的渗透率和使用情况', 'operations'],
    ['负责直通车和千川投放，对投产比负责', 'operations'],
    ['Re-engage lapsed subscribers with in-app messages', 'operations'],
    ['Relay customer feedback and bug reports to the product team', 'operations'],
  ],
  'look-alike words do not decide': [
    // 日活 (daily actives) inside 节日活动 is not a usage target.
    ['负责节日活动的执行', 'shared', 'overlap-no-outcome'],
    // 流量 inside 流量明星 is celebrity reach, not traffic.
    ['邀请流量明星参与品牌代言', 'marketing'],
    // 注册 inside 注册商标 is a trademark, not a sign-up.
    ['负责注册商标的申请和续展', 'other'],
    // "lifecycle" of a project is no user lifecycle.
    ['Oversee the full lifecycle of sponsorship programs to raise brand visibility', 'marketing'],
  ],
  'ties: overlap work beats other, which is none of the above': [
    ['负责活动的现场协调', 'shared'],
  ],
};

describe('classifyDomain', () => {
  for (const [name, table] of Object.entries(cases)) {
    describe(name, () => {
      it.each(table)('%s → %s', (text, domain, rule) => {
        const decision = classify(text);
        expect(decision.domain).toBe(domain);
        if (rule) expect(decision.rule).toBe(rule);
        expect(decision.cues.length).toBeGreaterThan(0);
        for (const cue of decision.cues) expect(cue.domain).toBe(domain);
      });
    });
  }

  it('gives other with rule no-cue and low confidence when nothing matches', () => {
    const decision = classify('按时到岗，认真负责');
    expect(decision).toMatchObject({ domain: 'other', rule: 'no-cue', cues: [] });
    expect(decision.confidence).toBeLessThan(0.3);
  });

  it('reports cue offsets into the posting, readable rules and cue kinds', () => {
    const posting = '岗位职责：\n1. 策划线上活动，提升新用户转化率\n';
    const lineText = '策划线上活动，提升新用户转化率';
    const offset = posting.indexOf(lineText);
    const decision = classify(lineText, offset);
    expect(decision.domain).toBe('operations');
    for (const cue of decision.cues) expect(posting.slice(cue.start, cue.end)).toBe(cue.text);
    const rate = decision.cues.find((c) => c.text === '转化率');
    expect(rate).toMatchObject({ kind: 'outcome', domain: 'operations', rule: '转化率 → outcome: conversion → operations' });
    expect(decision.cues.find((c) => c.text === '活动')).toMatchObject({ kind: 'activity' });
  });

  it('keeps offsets exact on full-width and mixed-case text', () => {
    const posting = 'Duties:\n• Drive ＲＯＩ and Conversion for paid search\n';
    const lineText = 'Drive ＲＯＩ and Conversion for paid search';
    const decision = classify(lineText, posting.indexOf(lineText));
    expect(decision.domain).toBe('operations');
    expect(decision.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['ＲＯＩ', 'Conversion', 'paid search']));
    for (const cue of decision.cues) expect(posting.slice(cue.start, cue.end)).toBe(cue.text);
    // The rule names the phrase as the posting spells it.
    expect(decision.cues.find((c) => c.text === 'Conversion')?.rule).toBe('Conversion → outcome: conversion → operations');
  });

  it('names the awareness cue that rule 7 hands to operations', () => {
    const decision = classify('提升品牌知名度，同时对拉新负责');
    expect(decision.cues.find((c) => c.text === '知名度')?.rule).toBe('知名度 → outcome: awareness, with a conversion target → operations');
  });

  it('uses a cue inside a longer cue only once (用户运营 is not also 运营)', () => {
    const decision = classify('负责用户运营');
    expect(decision.cues.map((c) => c.text)).toEqual(['用户运营']);
  });

  it('keeps a secondary domain when the runner-up has real weight', () => {
    const decision = classify('负责品牌公关，同时开发新客户完成销售业绩');
    expect(decision.domain).toBe('sales');
    expect(decision.secondary).toBe('marketing');
    expect(classify('撰写需求文档').secondary).toBeUndefined();
  });

  it('is more confident with a clear lead than with an even split', () => {
    const clear = classify('搭建私域社群，提升用户留存和复购');
    const split = classify('负责品牌公关，同时开发新客户完成销售业绩');
    expect(clear.confidence).toBeGreaterThan(split.confidence);
    for (const d of [clear, split]) {
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  describe('custom cues', () => {
    it('lets a user cue decide with its weight', () => {
      const text = '负责星河计划的日常推进';
      expect(classify(text).domain).toBe('other');
      const lexicon = getLexicon([{ text: '星河计划', domain: 'sales', weight: 3 }]);
      const decision = classify(text, 10, lexicon);
      expect(decision.domain).toBe('sales');
      expect(decision.cues[0]).toMatchObject({ text: '星河计划', kind: 'custom', start: 12, end: 16, domain: 'sales' });
      expect(decision.cues[0]!.rule).toBe('星河计划 → custom cue → sales');
    });

    it('lets a user cue decide the line, whatever the built-in cues say', () => {
      const text = 'Run the Aurora program and write copy for it';
      expect(classify(text).domain).toBe('shared');
      const decided = classify(text, 0, getLexicon([{ text: 'Aurora program', domain: 'marketing', weight: 0.5 }]));
      expect(decided.domain).toBe('marketing');
      expect(decided.rule).toBe('custom-cue');
      expect(decided.secondary).toBe('shared');
    });

    it('weighs user cues against each other', () => {
      const text = 'Run the Aurora program and the Borealis list';
      const cues = (a: number, b: number) => getLexicon([
        { text: 'Aurora program', domain: 'marketing', weight: a },
        { text: 'Borealis list', domain: 'operations', weight: b },
      ]);
      expect(classify(text, 0, cues(5, 2)).domain).toBe('marketing');
      expect(classify(text, 0, cues(2, 5)).domain).toBe('operations');
    });
  });
});
