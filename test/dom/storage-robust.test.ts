// Storage under stress, with WXT's fake browser: at its cap (history drops the oldest and counts
// them; a write refused for quota leaves the old value valid and the next write works), cleared by
// the user in the middle of a session (every reader falls back, nothing throws, and what is written
// next survives a service-worker restart), and read after an extension update (v1 history, settings
// without a version, unknown fields, corrupt values: what is valid is kept).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePosting } from '@/lib/analysis';
import { sampleResult, salesOnlyResult } from './ui-fixtures';

const QUOTA = 'QUOTA_BYTES quota exceeded';

/** A fresh service worker: modules (and WXT's per-item migration state) loaded anew. */
async function freshModules() {
  vi.resetModules();
  const history = await import('@/lib/storage/history');
  const settings = await import('@/lib/storage/settings');
  const tabs = await import('@/lib/storage/tab-results');
  const content = await import('@/lib/extension/content-settings');
  const page = await import('@/lib/extension/background/page-results');
  return { ...history, ...settings, ...tabs, ...content, ...page };
}

const entryInput = (i: number) => ({ site: 'lagou', url: `https://www.lagou.com/jobs/${i}.html`, title: `职位${i}`, result: sampleResult() });

function tabResult(url: string) {
  const text = '岗位职责：\n1. 负责品牌传播规划，提升品牌知名度\n2. 负责会员社群运营，提升用户留存';
  return { posting: { site: 'zhipin', url, title: '市场运营', text }, result: analyzePosting({ title: '市场运营', text }), source: 'board' as const };
}

/** The badge is not part of WXT's fake browser; these tests only need it not to fail. */
function stubBadge() {
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setBadgeTextColor']) action[name] = vi.fn(async () => undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  stubBadge();
});

describe('storage at its cap', () => {
  it('history keeps the newest 200, drops the oldest, and says how many it dropped', async () => {
    const { summaryOf } = await import('@/lib/storage/history-migrations');
    const { HISTORY_MAX_ENTRIES } = await import('@/lib/storage/history');
    const start = Date.now() - 1_000_000;
    // A history two short of the cap, as a long-used install has it; then nine more analyses.
    const seeded = Array.from({ length: HISTORY_MAX_ENTRIES - 2 }, (_, i) => {
      const { result, ...rest } = entryInput(i);
      return { id: `seed-${i}`, ...rest, at: start + i, ...summaryOf(result), result };
    }).reverse();
    await fakeBrowser.storage.local.set({ history: { entries: seeded, dropped: 0 }, history$: { v: 2 } });
    const { addToHistory, getHistory, updateSettings } = await freshModules();
    await updateSettings({ historyDays: 0 });
    const extra = 7;
    for (let i = HISTORY_MAX_ENTRIES - 2; i < HISTORY_MAX_ENTRIES + extra; i++) await addToHistory(entryInput(i), { now: start + i });
    const view = await getHistory();
    expect(view.entries).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(view.dropped).toBe(extra);
    // Newest first; the oldest `extra` are the ones gone, every other one is there.
    expect(view.entries[0]!.title).toBe(`职位${HISTORY_MAX_ENTRIES + extra - 1}`);
    expect(view.entries.at(-1)!.title).toBe(`职位${extra}`);
    expect(new Set(view.entries.map((e) => e.url)).size).toBe(HISTORY_MAX_ENTRIES);

    // The count survives a restart, and grows with the next drop.
    const again = await freshModules();
    await again.addToHistory(entryInput(999), { now: start + 10_000 });
    expect((await again.getHistory()).dropped).toBe(extra + 1);
  });

  it('a settings write refused for quota leaves the stored settings valid, and the next write works', async () => {
    const { getSettings, updateSettings, readContentSettings, SettingsSchema } = await freshModules();
    await updateSettings({ tintDuties: true, collapsedSites: ['zhipin'] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(QUOTA));
    await expect(updateSettings({ showChips: false })).rejects.toThrow(QUOTA);
    const after = await getSettings();
    expect(SettingsSchema.safeParse(after).success).toBe(true);
    expect(after).toMatchObject({ tintDuties: true, collapsedSites: ['zhipin'], showChips: true });
    expect(await readContentSettings()).toMatchObject({ tintDuties: true, showChips: true });
    // The write queue is not stuck behind the failure.
    expect(await updateSettings({ showChips: false })).toMatchObject({ showChips: false, tintDuties: true });
    expect(set).toHaveBeenCalledTimes(2);
    expect((await getSettings()).showChips).toBe(false);
  });

  it('a history write refused for quota keeps the history as it was, and the next add works', async () => {
    const { addToHistory, getHistory } = await freshModules();
    const now = Date.now();
    await addToHistory(entryInput(1), { now });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(QUOTA));
    await expect(addToHistory(entryInput(2), { now: now + 1 })).rejects.toThrow(QUOTA);
    expect((await getHistory({ now })).entries.map((e) => e.title)).toEqual(['职位1']);
    await addToHistory(entryInput(3), { now: now + 2 });
    expect((await getHistory({ now })).entries.map((e) => e.title)).toEqual(['职位3', '职位1']);
  });

  it('a posting still gets its badge and tab result when history cannot be written', async () => {
    const { acceptPageResult, getTabResult, getHistory } = await freshModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    const accepted = await acceptPageResult(7, tabResult('https://www.zhipin.com/job_detail/a.html'));
    expect(accepted?.posting.url).toBe('https://www.zhipin.com/job_detail/a.html');
    expect((await getTabResult(7))?.posting.url).toBe('https://www.zhipin.com/job_detail/a.html');
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: String(accepted!.result.scores.mix) });
    expect(set).toHaveBeenCalled();
    expect(String(warn.mock.calls[0]?.[0])).toContain('could not store the history');
    set.mockRestore();
    expect((await getHistory()).entries).toEqual([]);
  });
});

describe('storage cleared by the user mid-session', () => {
  it('every reader falls back without throwing, and the next writes work', async () => {
    const m = await freshModules();
    await m.updateSettings({ language: 'en', tintDuties: true, historyDays: 0 });
    await m.addToHistory(entryInput(1));
    await m.setTabResult(3, { ...tabResult('https://www.zhipin.com/job_detail/b.html'), at: 1 });
    await m.setLastAnalysis({ ...tabResult('https://example.org/x'), source: 'selection', at: 2 });

    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.session.clear();

    expect(await m.getSettings()).toEqual(m.DEFAULT_SETTINGS);
    expect(await m.readContentSettings()).toEqual(m.coerceContentSettings({}));
    expect(await m.getHistory()).toMatchObject({ entries: [], dropped: 0 });
    expect(await m.getTabResult(3)).toBeNull();
    expect(await m.getLastAnalysis()).toBeNull();

    await m.updateSettings({ tintDuties: true });
    await m.addToHistory(entryInput(2));
    await m.setTabResult(3, { ...tabResult('https://www.zhipin.com/job_detail/c.html'), at: 3 });
    expect((await m.getSettings()).tintDuties).toBe(true);
    expect((await m.getHistory()).entries.map((e) => e.title)).toEqual(['职位2']);
    expect((await m.getTabResult(3))?.posting.url).toBe('https://www.zhipin.com/job_detail/c.html');
  });

  it('history written after the clear survives the next service-worker start', async () => {
    const first = await freshModules();
    await first.addToHistory(entryInput(1));
    await fakeBrowser.storage.local.clear(); // the version marker goes too
    await first.addToHistory(entryInput(2));

    const restarted = await freshModules();
    expect((await restarted.getHistory()).entries.map((e) => e.title)).toEqual(['职位2']);
    expect(await restarted.historyItem.getMeta()).toMatchObject({ v: restarted.HISTORY_VERSION });
  });
});

describe('the extension updated with old data in storage', () => {
  it('reads v1 history mixed with corrupt entries, keeping every valid one', async () => {
    const v1 = [
      { id: 'a', site: 'zhipin', url: 'https://www.zhipin.com/job_detail/1.html', title: '品牌经理', company: '某公司', analyzedAt: Date.now() - 1000, result: sampleResult() },
      { id: 'b', site: 'lagou', url: 'https://www.lagou.com/jobs/2.html', title: '销售', analyzedAt: Date.now() - 2000, result: salesOnlyResult(), extra: 'kept out' },
      { id: '', site: 'x', url: 'u', title: 't', analyzedAt: 1, result: sampleResult() },
      { id: 'c', site: 'x', url: 'u', title: 't', analyzedAt: 'yesterday', result: sampleResult() },
      null,
      'garbage',
    ];
    await fakeBrowser.storage.local.set({ history: v1, history$: { v: 1 } });
    const { getHistory } = await freshModules();
    const view = await getHistory();
    expect(view.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(view.entries[0]).toMatchObject({ company: '某公司', title: '品牌经理', result: sampleResult() });
    expect(view.dropped).toBe(0);
  });

  it('reads v2 history with one corrupt entry and a bad drop count, keeping the rest', async () => {
    const { summaryOf } = await import('@/lib/storage/history-migrations');
    const good = (id: string, at: number) => ({ id, site: 's', url: `https://a.test/${id}`, title: id, at, ...summaryOf(sampleResult()), result: sampleResult() });
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      history: { entries: [good('x', now), { ...good('y', now - 1), mix: 'high' }, good('z', now - 2)], dropped: -4, futureField: true },
      history$: { v: 2 },
    });
    const { getHistory } = await freshModules();
    expect(await getHistory({ now })).toMatchObject({ dropped: 0 });
    expect((await getHistory({ now })).entries.map((e) => e.id)).toEqual(['x', 'z']);
  });

  it('reads settings stored without a version key, with unknown and corrupt fields, field by field', async () => {
    const cue = { text: '私域', domain: 'operations' };
    await fakeBrowser.storage.local.set({
      settings: {
        language: 'zh',
        disabledBoards: ['lagou', 'monster'],
        showPanel: false,
        tintDuties: 'yes',
        historyDays: 30,
        customCues: [cue],
        removedInV2: { anything: 1 },
      },
    });
    const { getSettings, readContentSettings, updateSettings, DEFAULT_SETTINGS } = await freshModules();
    const read = await getSettings();
    // Valid fields kept as stored; a bad field falls back alone; unknown fields are ignored.
    expect(read.language).toBe('zh');
    expect(read.showPanel).toBe(false);
    expect(read.historyDays).toBe(30);
    expect(read.customCues).toHaveLength(1);
    expect(read.customCues[0]).toMatchObject(cue);
    expect(read.tintDuties).toBe(DEFAULT_SETTINGS.tintDuties);
    // One unknown board id makes the list invalid as a whole: it falls back to "all boards on".
    expect(read.disabledBoards).toEqual([]);
    expect(await readContentSettings()).toMatchObject({ language: 'zh', showPanel: false, tintDuties: false });
    // The first write keeps every valid field and leaves a clean, versioned value.
    await updateSettings({ showChips: false });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    expect(stored).toMatchObject({ language: 'zh', showPanel: false, historyDays: 30, showChips: false });
    expect(stored).not.toHaveProperty('removedInV2');
  });

  it('reads a settings value that is not an object at all as the defaults, and writes over it', async () => {
    for (const value of ['corrupt', 42, [1, 2], true]) {
      await fakeBrowser.storage.local.set({ settings: value });
      const { getSettings, readContentSettings, coerceContentSettings, updateSettings, DEFAULT_SETTINGS } = await freshModules();
      expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
      // The content script's own reader too: a board page must still get its marks.
      expect(await readContentSettings()).toEqual(coerceContentSettings({}));
      expect(await updateSettings({ tintDuties: true })).toEqual({ ...DEFAULT_SETTINGS, tintDuties: true });
    }
  });

  it('reads a corrupt tab result as nothing', async () => {
    await fakeBrowser.storage.session.set({ 'tabResult:5': { posting: { url: 1 } }, lastAnalysis: 'x' });
    const { getTabResult, getLastAnalysis } = await freshModules();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await getTabResult(5)).toBeNull();
    expect(await getLastAnalysis()).toBeNull();
  });
});
