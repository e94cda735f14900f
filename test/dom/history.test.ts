import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisResultSchema } from '@/lib/analysis/schema';
import { sampleResult, salesOnlyResult } from './ui-fixtures';

const DAY = 86_400_000;

async function freshModules() {
  vi.resetModules();
  const history = await import('@/lib/storage/history');
  const settings = await import('@/lib/storage/settings');
  return { ...history, ...settings };
}

describe('history storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads v1 data (a bare array) through the v2 migration without losing a field', async () => {
    const result = sampleResult();
    const v1 = [
      { id: 'a1', site: 'zhipin', url: 'https://www.zhipin.com/job_detail/x.html', title: '市场运营', company: '某某科技', analyzedAt: 1_700_000_000_000, result },
      { id: 'a2', site: 'selection', url: 'https://example.org/post', title: '渠道销售专员', analyzedAt: 1_700_000_500_000, result: salesOnlyResult() },
    ];
    await fakeBrowser.storage.local.set({ history: v1, history$: { v: 1 } });
    const { getHistory, historyItem } = await freshModules();

    const view = await getHistory({ now: 1_700_000_600_000 + 0 * DAY });
    // historyDays defaults to 90: both entries are recent enough relative to `now`.
    expect(view.entries.map((e) => e.id)).toEqual(['a2', 'a1']);
    const a1 = view.entries.find((e) => e.id === 'a1')!;
    expect(a1).toMatchObject({ site: 'zhipin', url: v1[0]!.url, title: '市场运营', company: '某某科技', at: v1[0]!.analyzedAt });
    expect(a1.result).toEqual(result);
    expect(a1).toMatchObject({ mix: result.scores.mix, band: result.scores.band, titleFit: 'fits', seniorityFit: 'fits' });
    expect(view.entries.find((e) => e.id === 'a2')!.company).toBeUndefined();
    expect(await historyItem.getMeta()).toMatchObject({ v: 2 });
    const stored = (await fakeBrowser.storage.local.get('history')).history as { entries: unknown[]; dropped: number };
    expect(stored.dropped).toBe(0);
    expect(stored.entries).toHaveLength(2);
  });

  it('skips a corrupt v1 entry and keeps the others', async () => {
    await fakeBrowser.storage.local.set({
      history: [{ id: 'ok', site: 's', url: 'u', title: 't', analyzedAt: 5, result: sampleResult() }, { id: 'bad', result: 'nope' }],
      history$: { v: 1 },
    });
    const { getHistory, updateSettings } = await freshModules();
    await updateSettings({ historyDays: 0 });
    expect((await getHistory()).entries.map((e) => e.id)).toEqual(['ok']);
  });

  it('adds entries newest first, replaces a re-analysed posting, deletes and clears', async () => {
    const { addToHistory, getHistory, deleteHistory, clearHistory } = await freshModules();
    const now = Date.now();
    await addToHistory({ site: 'lagou', url: 'https://a.test/1', title: 'A', company: 'Co', result: sampleResult() }, { now: now - 2000 });
    await addToHistory({ site: 'lagou', url: 'https://a.test/2', title: 'B', result: salesOnlyResult() }, { now: now - 1000 });
    await addToHistory({ site: 'lagou', url: 'https://a.test/1', title: 'A', company: 'Co', result: sampleResult() }, { now });
    let view = await getHistory({ now });
    expect(view.entries.map((e) => e.title)).toEqual(['A', 'B']);
    expect(view.entries[0]!.at).toBe(now);
    expect(AnalysisResultSchema.safeParse(view.entries[0]!.result).success).toBe(true);

    await deleteHistory([view.entries[0]!.id]);
    view = await getHistory({ now });
    expect(view.entries.map((e) => e.title)).toEqual(['B']);
    await clearHistory();
    expect((await getHistory()).entries).toEqual([]);
  });

  it('saves nothing when history is off', async () => {
    const { addToHistory, getHistory, updateSettings } = await freshModules();
    await updateSettings({ historyEnabled: false });
    await addToHistory({ site: 's', url: 'u', title: 't', result: sampleResult() });
    expect((await getHistory()).entries).toHaveLength(0);
  });

  it('drops entries older than the kept days', async () => {
    const { addToHistory, getHistory, updateSettings } = await freshModules();
    await updateSettings({ historyDays: 7 });
    const now = Date.now();
    await addToHistory({ site: 's', url: 'old', title: 'old', result: sampleResult() }, { now: now - 10 * DAY });
    await addToHistory({ site: 's', url: 'new', title: 'new', result: sampleResult() }, { now });
    expect((await getHistory({ now })).entries.map((e) => e.url)).toEqual(['new']);
  });

  it('caps the size, dropping the oldest first and counting them', async () => {
    const { insertEntry } = await freshModules();
    const { summaryOf } = await import('@/lib/storage/history-migrations');
    const result = sampleResult();
    let history = { entries: [] as never[], dropped: 0 } as Parameters<typeof insertEntry>[0];
    for (let i = 0; i < 7; i++) {
      const entry = { id: `e${i}`, site: 's', url: `u${i}`, title: `t${i}`, at: 1000 + i, ...summaryOf(result), result };
      history = insertEntry(history, entry, { days: 0, now: 2000, maxEntries: 5 });
    }
    expect(history.entries.map((e) => e.id)).toEqual(['e6', 'e5', 'e4', 'e3', 'e2']);
    expect(history.dropped).toBe(2);

    const oneSize = JSON.stringify(history.entries[0]).length;
    const bytesCapped = insertEntry(history, { ...history.entries[0]!, id: 'e7', url: 'u7', at: 3000 }, {
      days: 0, now: 3000, maxEntries: 100, maxBytes: oneSize * 3 + 10,
    });
    expect(bytesCapped.entries.map((e) => e.id)).toEqual(['e7', 'e6', 'e5']);
    expect(bytesCapped.dropped).toBe(2 + 3);
  });

  it('serialises concurrent adds so none is lost', async () => {
    const { addToHistory, getHistory } = await freshModules();
    const now = Date.now();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => addToHistory({ site: 's', url: `u${i}`, title: `t${i}`, result: sampleResult() }, { now: now + i })),
    );
    expect((await getHistory({ now })).entries).toHaveLength(6);
  });
});
