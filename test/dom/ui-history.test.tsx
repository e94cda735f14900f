import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryApp, type HistoryLoaders } from '@/components/history/HistoryApp';
import { DEFAULT_QUERY, queryHistory } from '@/components/history/history-query';
import { addToHistory, clearHistory, deleteHistory, getHistory, historyItem, watchHistory } from '@/lib/storage/history';
import { summaryOf, type HistoryEntry } from '@/lib/storage/history-migrations';
import { salesOnlyResult, sampleResult } from './ui-fixtures';
import { mount, settle, waitFor } from './ui-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
beforeEach(() => fakeBrowser.reset());

function entry(id: string, over: Partial<HistoryEntry> = {}): HistoryEntry {
  const result = over.result ?? sampleResult();
  return { id, site: 'zhipin', url: `https://x.test/${id}`, title: id, at: 1000, ...summaryOf(result), result, ...over };
}

describe('queryHistory', () => {
  const list = [
    entry('市场运营A', { at: 3, company: '甲公司', site: 'lagou' }),
    entry('Sales rep', { at: 1, result: salesOnlyResult(), company: 'Beta' }),
    entry('内容运营', { at: 2, mix: 40, band: 'leaning' }),
  ];
  it('filters by site, band and text, and sorts', () => {
    expect(queryHistory(list, DEFAULT_QUERY).map((e) => e.at)).toEqual([3, 2, 1]);
    expect(queryHistory(list, { ...DEFAULT_QUERY, sort: 'dateAsc' }).map((e) => e.at)).toEqual([1, 2, 3]);
    expect(queryHistory(list, { ...DEFAULT_QUERY, sort: 'mixAsc' }).map((e) => e.mix)).toEqual([0, 40, 100]);
    expect(queryHistory(list, { ...DEFAULT_QUERY, site: 'lagou' }).map((e) => e.id)).toEqual(['市场运营A']);
    expect(queryHistory(list, { ...DEFAULT_QUERY, band: 'none' }).map((e) => e.id)).toEqual(['Sales rep']);
    expect(queryHistory(list, { ...DEFAULT_QUERY, text: 'beta' }).map((e) => e.id)).toEqual(['Sales rep']);
    expect(queryHistory(list, { ...DEFAULT_QUERY, text: '甲' }).map((e) => e.id)).toEqual(['市场运营A']);
  });
});

const loaders: HistoryLoaders = { getHistory: () => getHistory(), deleteHistory, clearHistory, watchHistory, confirm: () => true };

describe('HistoryApp', () => {
  async function page() {
    const m = mount(<HistoryApp lang="en" historyEnabled loaders={loaders} />);
    cleanup = m.unmount;
    await settle();
    return m.root;
  }

  it('lists entries, compares two side by side and deletes one', async () => {
    const now = Date.now();
    await addToHistory({ site: 'zhipin', url: 'https://a.test/1', title: 'First', company: 'Acme', result: sampleResult() }, { now: now - 10 });
    await addToHistory({ site: 'lagou', url: 'https://a.test/2', title: 'Second', result: salesOnlyResult() }, { now });
    const root = await page();
    const rows = await waitFor(() => {
      const r = root.querySelectorAll('tbody tr');
      return r.length === 2 ? r : null;
    });
    expect(rows[0]!.textContent).toContain('Second');
    expect(rows[1]!.textContent).toContain('Acme');
    expect(rows[1]!.querySelector('a')!.getAttribute('href')).toBe('https://a.test/1');
    expect(rows[0]!.textContent).toContain('Not a marketing/operations role');

    const compare = root.querySelector<HTMLButtonElement>('[data-action="compare"]')!;
    expect(compare.disabled).toBe(true);
    for (const box of root.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')) box.click();
    await settle();
    expect(compare.disabled).toBe(false);
    compare.click();
    await settle();
    const panes = root.querySelectorAll('[data-view="compare"] .rl-analysis');
    expect(panes).toHaveLength(2);
    root.querySelector<HTMLButtonElement>('.rl-history__head button')!.click();
    await settle();

    root.querySelector<HTMLInputElement>('tbody tr:first-child input[type=checkbox]')!.click();
    await settle();
    root.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
    await waitFor(() => root.querySelectorAll('tbody tr').length === 1);
    expect((await getHistory()).entries).toHaveLength(1);
  });

  it('shows the size-cap note and an empty state', async () => {
    await historyItem.setValue({ entries: [], dropped: 3 });
    const root = await page();
    await waitFor(() => root.querySelector('[data-note="cap"]'));
    expect(root.querySelector('[data-note="cap"]')!.textContent).toBe(
      'To stay within the storage limit only the newest 200 analyses are kept; 3 older ones were removed.',
    );
    expect(root.textContent).toContain('No analyses yet.');
  });
});

describe('HistoryApp open one', () => {
  it('opens an entry as the full split and comes back', async () => {
    await addToHistory({ site: 'zhipin', url: 'https://a.test/9', title: 'Only one', result: sampleResult() });
    const m = mount(<HistoryApp lang="zh" historyEnabled={false} loaders={loaders} />);
    cleanup = m.unmount;
    const open = await waitFor(() => m.root.querySelector<HTMLButtonElement>('tbody button.rl-linkish'));
    expect(m.root.textContent).toContain('历史记录已在设置中关闭');
    open.click();
    await settle();
    expect(m.root.querySelector('[data-view="open"] .rl-analysis')).not.toBeNull();
    m.root.querySelector<HTMLButtonElement>('.rl-history__head button')!.click();
    await settle();
    expect(m.root.querySelector('tbody tr')).not.toBeNull();
  });
});
