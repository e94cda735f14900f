// The glance of a tab result: the popup's first screen, stored next to the full result. It must hold
// exactly what the first screen shows (each domain's first duties, in order, and every domain's full count)
// and be small, since reading it is the popup's critical path.
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis';
import { DOMAINS, type Duty } from '../../lib/analysis/schema';
import {
  GLANCE_DUTIES_PER_DOMAIN,
  GLANCE_VERSION,
  TabGlanceSchema,
  TabResultSchema,
  glanceOf,
  isGlance,
  type TabResult,
} from '../../lib/storage/tab-result-schema';

// Our own lines (not from the corpus): a brand line, a retention line, a deal-closing line, a chore.
const LINES = ['负责品牌年度传播，提升品牌知名度', '负责会员社群运营，提升用户留存和复购', '负责开发渠道客户并完成签单回款', '完成上级安排的日常事务'];

function tabFor(lineCount: number, cappedFrom?: number): TabResult {
  const duties = Array.from({ length: lineCount }, (_, i) => `${i + 1}. ${LINES[i % LINES.length]}（第${i + 1}项）`);
  const text = ['岗位职责：', ...duties].join('\n');
  return {
    posting: { site: 'zhipin', url: 'https://www.zhipin.com/job_detail/glance.html', title: '市场运营经理', company: '示例公司', text },
    result: analyzePosting({ title: '市场运营经理', text }),
    source: 'board',
    at: 1_700_000_000_000,
    ...(cappedFrom === undefined ? {} : { cappedFrom }),
  };
}

const firstOf = (duties: readonly Duty[], domain: Duty['domain'], n: number) => duties.filter((d) => d.domain === domain).slice(0, n);

describe('glanceOf', () => {
  it('keeps each domain’s first duties in order and every domain’s full count', () => {
    const tab = tabFor(40);
    const glance = glanceOf(tab);
    for (const domain of DOMAINS) {
      expect(glance.result.dutyTotals[domain]).toBe(tab.result.duties.filter((d) => d.domain === domain).length);
      expect(glance.result.duties.filter((d) => d.domain === domain)).toEqual(firstOf(tab.result.duties, domain, GLANCE_DUTIES_PER_DOMAIN));
    }
    // The duties keep the posting's order across domains too.
    const order = glance.result.duties.map((d) => tab.result.duties.indexOf(d));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(glance.result.duties.length).toBeLessThan(tab.result.duties.length);
  });

  it('keeps what the first screen shows and drops the rest', () => {
    const tab = tabFor(12, 9000);
    const glance = glanceOf(tab);
    expect(glance.version).toBe(GLANCE_VERSION);
    expect(glance.result.scores).toEqual(tab.result.scores);
    expect(glance.result.verdict).toEqual(tab.result.verdict);
    expect(glance.result.reasons).toEqual(tab.result.reasons);
    expect(glance.result.titleInfo).toEqual(tab.result.titleInfo);
    expect(glance.posting).toEqual({ site: 'zhipin', url: tab.posting.url, title: '市场运营经理', company: '示例公司', textLength: tab.posting.text.length });
    expect(glance).toMatchObject({ source: 'board', at: tab.at, cappedFrom: 9000 });
    expect('requirements' in glance.result || 'sections' in glance.result).toBe(false);
    expect('cappedFrom' in glanceOf(tabFor(3))).toBe(false);
  });

  it('fits its schema, and is told apart from a full result', () => {
    const tab = tabFor(20);
    const glance = glanceOf(tab);
    expect(TabGlanceSchema.parse(glance)).toEqual(glance);
    expect(isGlance(glance)).toBe(true);
    expect(isGlance(tab)).toBe(false);
    expect(TabGlanceSchema.safeParse(tab).success).toBe(false);
    expect(TabResultSchema.safeParse(glance).success).toBe(false);
    expect(TabGlanceSchema.safeParse({ ...glance, version: GLANCE_VERSION + 1 }).success).toBe(false);
    expect(TabGlanceSchema.safeParse({ ...glance, result: { ...glance.result, dutyTotals: undefined } }).success).toBe(false);
  });

  it('stays small for a long posting, whose full result is large', () => {
    const tab = tabFor(300);
    const full = JSON.stringify(tab).length;
    const glance = JSON.stringify(glanceOf(tab)).length;
    expect(glance).toBeLessThan(full / 20);
    expect(JSON.stringify(glanceOf(tabFor(3000))).length).toBeLessThan(glance * 1.1);
  });

  it('a posting with no duties has an empty glance with zero counts', () => {
    const tab = { ...tabFor(1), result: { ...tabFor(1).result, duties: [] } };
    const glance = glanceOf(tab);
    expect(glance.result.duties).toEqual([]);
    expect(Object.values(glance.result.dutyTotals).every((n) => n === 0)).toBe(true);
  });
});
