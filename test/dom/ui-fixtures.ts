// A hand-built analysis of a posting written for these tests (not from the corpus), so UI and export
// tests do not depend on how the analysis core labels lines today. Offsets are computed, not typed.
import type { AnalysisResult, Cue, Domain, Duty, Level } from '@/lib/analysis/schema';

export const SAMPLE_TITLE = '高级市场运营经理';
export const SAMPLE_TEXT = [
  '岗位职责：',
  '1. 制定品牌年度传播规划，提升品牌知名度；',
  '2. 负责会员社群的日常维护，提升用户留存与复购率；',
  '3. 撰写公众号推文并策划线下活动；',
  '4. 跟进渠道客户签单与回款；',
  '5. 领导交办的其他工作。',
  '任职要求：',
  '1. 三年以上相关经验；',
  '2. 熟悉新媒体平台的玩法。',
].join('\n');

interface LineSpec {
  line: string;
  domain: Domain;
  level: Level;
  rule: Duty['rule'];
  cues: { text: string; kind: Cue['kind']; domain?: Domain; level?: Level }[];
}

const LINES: LineSpec[] = [
  { line: '制定品牌年度传播规划，提升品牌知名度；', domain: 'marketing', level: 'strategy', rule: 'outcome-decides',
    cues: [{ text: '年度', kind: 'level', level: 'strategy' }, { text: '知名度', kind: 'outcome', domain: 'marketing' }] },
  { line: '负责会员社群的日常维护，提升用户留存与复购率；', domain: 'operations', level: 'execution', rule: 'outcome-decides',
    cues: [{ text: '社群', kind: 'activity', domain: 'operations' }, { text: '留存', kind: 'outcome', domain: 'operations' }, { text: '复购', kind: 'outcome', domain: 'operations' }] },
  { line: '撰写公众号推文并策划线下活动；', domain: 'shared', level: 'tactics', rule: 'overlap-no-outcome',
    cues: [{ text: '撰写', kind: 'level', level: 'execution' }, { text: '策划', kind: 'level', level: 'tactics' }] },
  { line: '跟进渠道客户签单与回款；', domain: 'sales', level: 'execution', rule: 'strongest-cue',
    cues: [{ text: '签单', kind: 'domain', domain: 'sales' }, { text: '回款', kind: 'domain', domain: 'sales' }] },
  { line: '领导交办的其他工作。', domain: 'other', level: 'chores', rule: 'no-cue', cues: [] },
];

function cueAt(text: string, lineStart: number, line: string, spec: LineSpec['cues'][number]): Cue {
  const start = lineStart + line.indexOf(spec.text);
  const target = spec.domain ?? spec.level ?? '';
  return { ...spec, start, end: start + spec.text.length, weight: 2, rule: `${spec.text} → ${spec.kind} → ${target}` };
}

export function sampleDuties(text = SAMPLE_TEXT): Duty[] {
  return LINES.map((spec) => {
    const start = text.indexOf(spec.line);
    if (start < 0) throw new Error(`fixture line missing: ${spec.line}`);
    return {
      text: spec.line,
      start,
      end: start + spec.line.length,
      domain: spec.domain,
      level: spec.level,
      confidence: 0.8,
      rule: spec.rule,
      cues: spec.cues.map((c) => cueAt(text, start, spec.line, c)),
    };
  });
}

export function sampleResult(overrides: Partial<AnalysisResult> = {}): AnalysisResult {
  const duties = sampleDuties();
  const reqs = ['三年以上相关经验；', '熟悉新媒体平台的玩法。'].map((line) => {
    const start = SAMPLE_TEXT.indexOf(line);
    return { text: line, start, end: start + line.length };
  });
  return {
    schemaVersion: 1,
    title: SAMPLE_TITLE,
    lang: 'zh',
    duties,
    requirements: reqs,
    sections: [],
    scores: {
      mix: 100,
      band: 'mixed',
      spillover: 0.2,
      titleFit: 'fits',
      seniorityFit: 'fits',
      M: 1.5,
      O: 1.5,
      counts: { marketing: 1, operations: 1, shared: 1, sales: 1, product: 0, other: 1 },
    },
    titleInfo: { role: 'mix', seniority: 'senior', markers: [] },
    reasons: {
      titleFit: { zh: '标题写明是市场运营，职责也确实两者兼有。', en: 'The title declares a mix, and the duties are mixed.' },
      seniorityFit: { zh: '资深头衔，也有战略和策略工作。', en: 'A senior title with strategy and tactics work.' },
    },
    verdict: { zh: '这个岗位把市场和运营混在一起。', en: 'This role mixes marketing and operations.' },
    ...overrides,
  };
}

/** A result with no marketing or operations duty (band none). */
export function salesOnlyResult(): AnalysisResult {
  const base = sampleResult();
  const duties = base.duties.filter((d) => d.domain === 'sales');
  return {
    ...base,
    title: '渠道销售专员',
    duties,
    scores: { ...base.scores, mix: 0, band: 'none', M: 0, O: 0, spillover: 1, titleFit: 'unknown', seniorityFit: 'unknown',
      counts: { marketing: 0, operations: 0, shared: 0, sales: duties.length, product: 0, other: 0 } },
    verdict: { zh: '这不是市场或运营岗位。', en: 'This is not a marketing or operations role.' },
  };
}
