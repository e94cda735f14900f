// The popup's first screen comes from the stored glance, the rest from the full result read after it: what
// storage holds for each (one write, one removal), how old or broken entries are handled, and what the
// popup shows before and after the full result arrives.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp, storedState, type PopupLoaders } from '@/components/popup/PopupApp';
import type { AnalysisResult } from '@/lib/analysis/schema';
import {
  clearTabResult,
  getLastGlance,
  getTabGlance,
  getTabResult,
  glanceOf,
  setLastAnalysis,
  setTabResult,
  type TabGlance,
  type TabResult,
} from '@/lib/storage/tab-results';
import { SAMPLE_TEXT, sampleResult } from './ui-fixtures';
import { mount, waitFor } from './ui-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
beforeEach(() => fakeBrowser.reset());

/** The sample analysis with `marketing` marketing duties (distinct spans, so distinct keys). */
function longResult(marketing = 12): AnalysisResult {
  const base = sampleResult();
  const first = base.duties.find((d) => d.domain === 'marketing')!;
  const many = Array.from({ length: marketing }, (_, i) => ({ ...first, start: first.start + i * 1000, end: first.end + i * 1000 }));
  return { ...base, duties: [...many, ...base.duties.filter((d) => d.domain !== 'marketing')] };
}

function tabResult(result = longResult()): TabResult {
  return {
    posting: { site: 'zhipin', url: 'https://www.zhipin.com/job_detail/abc.html', title: '高级市场运营经理', company: '示例公司', text: SAMPLE_TEXT },
    result,
    source: 'board',
    at: Date.UTC(2026, 0, 1),
  };
}

function loaders(over: Partial<PopupLoaders> = {}): PopupLoaders {
  return {
    activeTabId: async () => 7,
    getTabResult: async () => null,
    getLastAnalysis: async () => null,
    analyzeTabOnDemand: async () => null,
    openFull: () => undefined,
    openPage: () => undefined,
    ...over,
  };
}

describe('stored glance', () => {
  it('is written with the full result and removed with it', async () => {
    const tab = tabResult();
    await setTabResult(4, tab);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).sort()).toEqual(['tabGlance:4', 'tabResult:4']);
    expect(await getTabGlance(4)).toEqual(glanceOf(tab));
    expect(await getTabResult(4)).toEqual(tab);
    await clearTabResult(4);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('is written for the last right-click analysis too', async () => {
    const tab = { ...tabResult(), source: 'selection' as const };
    await setLastAnalysis(tab);
    expect(await getLastGlance()).toEqual(glanceOf(tab));
  });

  it('of another version, or broken, reads as none: the popup then paints from the full result', async () => {
    const tab = tabResult();
    await setTabResult(5, tab);
    await fakeBrowser.storage.session.set({ 'tabGlance:5': { ...glanceOf(tab), version: 99 } });
    expect(await getTabGlance(5)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tabGlance:5': 'garbage' });
    expect(await getTabGlance(5)).toBeNull();
    const real = loaders({ getTabGlance, getTabResult });
    expect(await storedState({ kind: 'tab', tabId: 5 }, real)).toEqual({ kind: 'result', tab, tabId: 5 });
  });

  it('a result stored before glances existed (no glance key) still opens', async () => {
    const tab = tabResult();
    await fakeBrowser.storage.session.set({ 'tabResult:6': tab });
    expect(await storedState({ kind: 'tab', tabId: 6 }, loaders({ getTabGlance, getTabResult }))).toEqual({ kind: 'result', tab, tabId: 6 });
  });

  it('storedState reads only the glance when there is one', async () => {
    const glance = glanceOf(tabResult());
    const full = vi.fn(async () => tabResult());
    const l = loaders({ getTabGlance: async () => glance, getTabResult: full, getLastGlance: async () => glance, getLastAnalysis: full });
    expect(await storedState({ kind: 'active' }, l)).toEqual({ kind: 'result', tab: glance, tabId: 7 });
    expect(await storedState({ kind: 'last' }, l)).toEqual({ kind: 'result', tab: glance });
    expect(full).not.toHaveBeenCalled();
  });
});

describe('PopupApp, first screen from a glance', () => {
  const marketingDuties = (root: HTMLElement) => root.querySelectorAll('[data-domain="marketing"] .rl-duties__list > li').length;

  async function openWithGlance(full: () => Promise<TabResult | null>, target = { kind: 'tab' as const, tabId: 3 }) {
    const tab = tabResult();
    const glance: TabGlance = glanceOf(tab);
    const reads: string[] = [];
    const l = loaders({
      getTabResult: async () => (reads.push('full'), full()),
      getLastAnalysis: async () => (reads.push('last'), null),
    });
    const m = mount(<PopupApp target={target} lang="en" cues={[]} loaders={l} initial={{ kind: 'result', tab: glance, tabId: 3 }} />);
    cleanup = m.unmount;
    return { root: m.root, reads, tab };
  }

  it('paints the scores and each domain’s first duties with the full counts, then fills in the full result', async () => {
    const { root, reads, tab } = await openWithGlance(async () => tabResult());
    // First render: the glance. The full result is not read before it is on screen.
    expect(reads).toEqual([]);
    expect(root.querySelector('.rl-gauge__number')!.textContent).toBe(String(tab.result.scores.mix));
    expect(root.querySelector('.rl-verdict')!.textContent).toBe(tab.result.verdict.en);
    expect(marketingDuties(root)).toBe(3);
    expect(root.querySelector('[data-domain="marketing"] .rl-section__count')!.textContent).toContain('12');
    // Copy and export need the full result: they wait for it.
    expect(root.querySelector<HTMLButtonElement>('[data-action="copy-markdown"]')!.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-action="export-json"]')!.disabled).toBe(true);
    expect(root.querySelector('.rl-reqs')).toBeNull();
    // A duty's reason is there from the first screen.
    expect(root.querySelector('.rl-duty .rl-why__rule')!.textContent).not.toBe('');

    await waitFor(() => marketingDuties(root) === 12);
    expect(reads).toEqual(['full']);
    expect(root.querySelectorAll('.rl-duty').length).toBe(tab.result.duties.length);
    expect(root.querySelector<HTMLButtonElement>('[data-action="copy-markdown"]')!.disabled).toBe(false);
    expect(root.querySelector<HTMLButtonElement>('[data-action="export-json"]')!.disabled).toBe(false);
    expect(root.querySelector('.rl-reqs summary')!.textContent).toContain('2');
    expect(root.querySelector('.rl-how')).not.toBeNull();
  });

  it('a long list is revealed in steps, and all of it arrives', async () => {
    const long = tabResult(longResult(95));
    const { root } = await openWithGlance(async () => long);
    expect(marketingDuties(root)).toBe(3);
    const seen = new Set<number>();
    await waitFor(() => (seen.add(marketingDuties(root)), marketingDuties(root) === 95), 5000);
    // More than one step between the first screen and the whole list.
    expect([...seen].filter((n) => n > 3 && n < 95).length).toBeGreaterThan(0);
  });

  it('the last right-click analysis is completed from the last full result', async () => {
    const tab = { ...tabResult(), source: 'selection' as const };
    const reads: string[] = [];
    const l = loaders({ getTabResult: async () => (reads.push('tab'), null), getLastAnalysis: async () => (reads.push('last'), tab) });
    const m = mount(<PopupApp target={{ kind: 'last' }} lang="en" cues={[]} loaders={l} initial={{ kind: 'result', tab: glanceOf(tab) }} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelectorAll('.rl-duty').length === tab.result.duties.length);
    expect(reads).toEqual(['last']);
    expect(m.root.querySelectorAll('.rl-duty').length).toBe(tab.result.duties.length);
    expect(m.root.querySelector('.rl-popup__source')!.textContent).toContain('From your selection');
  });

  it('when the full result is gone by then, says so instead of keeping a glance it cannot complete', async () => {
    const { root, reads } = await openWithGlance(async () => null);
    await waitFor(() => root.querySelector('.rl-popup')!.getAttribute('data-state') === 'none');
    expect(reads).toEqual(['full', 'full', 'last']);
    expect(root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('none');
  });
});
