import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, storedState, type PopupLoaders } from '@/components/popup/PopupApp';
import { parsePopupTarget, type PopupTarget } from '@/components/popup/popup-state';
import type { TabResult } from '@/lib/storage/tab-results';
import { SAMPLE_TEXT, sampleResult } from './ui-fixtures';
import { mount, settle } from './ui-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function tabResult(source: TabResult['source'] = 'board'): TabResult {
  return {
    posting: { site: 'zhipin', url: 'https://www.zhipin.com/job_detail/abc.html', title: '高级市场运营经理', company: '示例公司', text: SAMPLE_TEXT },
    result: sampleResult(),
    source,
    at: Date.UTC(2026, 0, 1),
  };
}

function loaders(over: Partial<PopupLoaders> = {}): PopupLoaders & { opened: PopupTarget[] } {
  const opened: PopupTarget[] = [];
  return {
    opened,
    activeTabId: async () => 7,
    getTabResult: async () => null,
    getLastAnalysis: async () => null,
    analyzeTabOnDemand: async () => null,
    openFull: (t) => opened.push(t),
    openPage: () => undefined,
    ...over,
  };
}

async function popup(target: PopupTarget, l: PopupLoaders, lang: 'zh' | 'en' = 'en') {
  const m = mount(<PopupApp target={target} lang={lang} cues={[]} loaders={l} />);
  cleanup = m.unmount;
  await settle();
  return m.root;
}

describe('parsePopupTarget', () => {
  it('reads ?tabId=N and ?view=last, and ignores junk', () => {
    expect(parsePopupTarget('?tabId=42')).toEqual({ kind: 'tab', tabId: 42 });
    expect(parsePopupTarget('?view=last')).toEqual({ kind: 'last' });
    expect(parsePopupTarget('?tabId=-1')).toEqual({ kind: 'active' });
    expect(parsePopupTarget('?tabId=1e3')).toEqual({ kind: 'active' });
    expect(parsePopupTarget('')).toEqual({ kind: 'active' });
  });
});

describe('PopupApp', () => {
  it('shows the stored analysis of the tab named in the URL', async () => {
    const asked: number[] = [];
    const root = await popup({ kind: 'tab', tabId: 12 }, loaders({ getTabResult: async (id) => (asked.push(id), tabResult()) }));
    expect(asked).toEqual([12]);
    expect(root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('result');
    expect(root.querySelector('.rl-analysis__title a')!.getAttribute('href')).toBe('https://www.zhipin.com/job_detail/abc.html');
    expect(root.querySelector('.rl-analysis__meta')!.textContent).toBe('示例公司');
    expect(root.querySelector('.rl-popup__source')!.textContent).toContain('From the job board page');
    // The full tab is already full: no "open in a full tab" there.
    expect(root.querySelector('[data-action="open-full"]')).toBeNull();
  });

  it('on the active tab, analyses on demand when nothing is stored, showing loading first', async () => {
    let release!: (v: TabResult | null) => void;
    const l = loaders({ analyzeTabOnDemand: () => new Promise((r) => (release = r)) });
    const m = mount(<PopupApp target={{ kind: 'active' }} lang="en" cues={[]} loaders={l} />);
    cleanup = m.unmount;
    await settle();
    expect(m.root.querySelector('[role="status"]')!.textContent).toContain('Analysing');
    release(tabResult('generic'));
    await settle();
    expect(m.root.querySelector('.rl-popup__source')!.textContent).toContain('Found on this page');
    m.root.querySelector<HTMLButtonElement>('[data-action="open-full"]')!.click();
    expect(l.opened).toEqual([{ kind: 'tab', tabId: 7 }]);
  });

  it('with no posting, offers the paste box and the last right-click analysis', async () => {
    const root = await popup({ kind: 'active' }, loaders({ getLastAnalysis: async () => tabResult('selection') }));
    expect(root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('none');
    expect(root.textContent).toContain('No job posting found on this page.');
    expect(root.querySelector('textarea')).not.toBeNull();
    const last = root.querySelector('.rl-popup__last')!;
    expect(last.textContent).toContain('From your selection');
    expect(last.querySelectorAll('.rl-duty').length).toBe(sampleResult().duties.length);
  });

  it('says clearly when the analysis failed, never a blank popup', async () => {
    const root = await popup({ kind: 'active' }, loaders({ analyzeTabOnDemand: async () => { throw new Error('Cannot access a chrome:// URL'); } }), 'zh');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('分析失败：Cannot access a chrome:// URL');
    expect(root.querySelector('textarea')).not.toBeNull();
  });

  it('the paste box refuses empty text with a hint', async () => {
    const root = await popup({ kind: 'active' }, loaders());
    root.querySelector<HTMLFormElement>('.rl-paste__form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await settle();
    expect(root.querySelector('#rl-paste-error')!.textContent).toBe('Paste some text first.');
  });
});

describe('PopupApp follows the tab', () => {
  it('shows a result stored after the popup opened', async () => {
    let push!: (r: TabResult | null) => void;
    const l = loaders({ watchTabResult: (_id, cb) => ((push = cb), () => undefined) });
    const root = await popup({ kind: 'tab', tabId: 3 }, l);
    expect(root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('none');
    push(tabResult());
    await settle();
    expect(root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('result');
  });
});

describe('PopupApp with a result read before its first render', () => {
  it('storedState finds the stored result for each target, and null when there is none', async () => {
    const stored = tabResult();
    const l = loaders({ activeTabId: async () => 3, getTabResult: async (id) => (id === 3 || id === 9 ? stored : null), getLastAnalysis: async () => stored });
    expect(await storedState({ kind: 'active' }, l)).toEqual({ kind: 'result', tab: stored, tabId: 3 });
    expect(await storedState({ kind: 'tab', tabId: 9 }, l)).toEqual({ kind: 'result', tab: stored, tabId: 9 });
    expect(await storedState({ kind: 'tab', tabId: 4 }, l)).toBeNull();
    expect(await storedState({ kind: 'last' }, l)).toEqual({ kind: 'result', tab: stored });
    expect(await storedState({ kind: 'active' }, loaders({ activeTabId: async () => null }))).toBeNull();
  });

  it('shows the given result on its first render and loads nothing more', async () => {
    let reads = 0;
    const l = loaders({ getTabResult: async () => (reads++, null), analyzeTabOnDemand: async () => (reads++, null) });
    const m = mount(<PopupApp target={{ kind: 'tab', tabId: 5 }} lang="en" cues={[]} loaders={l} initial={{ kind: 'result', tab: tabResult(), tabId: 5 }} />);
    cleanup = m.unmount;
    expect(m.root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('result');
    await settle();
    expect(m.root.querySelector('.rl-popup')!.getAttribute('data-state')).toBe('result');
    expect(reads).toBe(0);
  });
});
