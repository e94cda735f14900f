// Shared by the UI real-browser tests and the screenshot script: analyses of our own sample postings,
// stored the way the extension stores them, and an axe run that keeps serious/critical findings.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { analyzePosting } from '../../lib/analysis';
import { SAMPLE_POSTING } from '../../components/options/sample-posting';
import { summaryOf, type HistoryEntry } from '../../lib/storage/history-migrations';
import type { TabResult } from '../../lib/storage/tab-results';
import type { ExtensionSession } from './harness';

export const SECOND_POSTING = {
  title: '内容运营专员',
  text: ['工作内容：', '1. 负责抖音账号的短视频选题与脚本撰写；', '2. 跟踪内容数据，优化选题，提升粉丝活跃和转化；', '3. 运营粉丝社群，策划互动活动提升留存；', '4. 协助完成直播排期与复盘。'].join('\n'),
};

export function tabResultFor(lang: 'zh' | 'en', source: TabResult['source'] = 'generic'): TabResult {
  const sample = SAMPLE_POSTING[lang];
  return {
    posting: { site: 'generic', url: 'https://careers.example.test/jobs/1', title: sample.title, company: lang === 'zh' ? '示例科技' : 'Example Co', text: sample.text },
    result: analyzePosting(sample),
    source,
    at: Date.now(),
  };
}

export function historyEntries(now = Date.now()): HistoryEntry[] {
  const a = analyzePosting(SAMPLE_POSTING.zh);
  const b = analyzePosting(SECOND_POSTING);
  return [
    { id: 'h-1', site: 'zhipin', url: 'https://www.zhipin.com/job_detail/one.html', title: SAMPLE_POSTING.zh.title, company: '示例科技', at: now - 60_000, ...summaryOf(a), result: a },
    { id: 'h-2', site: 'lagou', url: 'https://www.lagou.com/jobs/two.html', title: SECOND_POSTING.title, company: 'Content, "Inc"', at: now, ...summaryOf(b), result: b },
  ];
}

export async function seedSession(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  await session.sw.evaluate((values) => chrome.storage.session.set(values), items);
}

export async function seedLocal(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  await session.sw.evaluate((values) => chrome.storage.local.set(values), items);
}

export async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
