// Messages between the extension's scripts and the background's handling of them: malformed input
// is dropped, valid results are stored per tab, shown in the badge and recorded in history once.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePosting } from '@/lib/analysis';
import { AnalysisResultSchema } from '@/lib/analysis/schema';
import { BAND_COLORS, badgeFor } from '@/lib/extension/badge';
import { handleContentMessage } from '@/lib/extension/background/messages';
import {
  AnalysisReplySchema,
  BackgroundToContentSchema,
  ChipsReplySchema,
  ContentToBackgroundSchema,
  parseMessage,
  PongSchema,
  SelectionReplySchema,
} from '@/lib/messages';
import { getHistory } from '@/lib/storage/history';
import { getSettings, updateSettings } from '@/lib/storage/settings';
import { getLastAnalysis, getTabResult, parseTabResult, setTabResult } from '@/lib/storage/tab-results';

// Our own example posting (not from the corpus): two marketing lines, two operations lines.
const TEXT = [
  '岗位职责：',
  '1. 负责品牌传播与公关，提升品牌知名度和曝光',
  '2. 策划线下展会，扩大品牌影响力',
  '3. 负责社群拉新与用户留存，提升转化率',
  '4. 搭建会员体系，提升复购与活跃',
].join('\n');
const posting = { site: 'zhipin', url: 'https://www.zhipin.com/job_detail/abc.html', title: '市场运营专员', text: TEXT };
const result = analyzePosting({ title: posting.title, text: TEXT });
const sender = (tabId: number, frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId, windowId: 1 } as never, frameId });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('message schemas', () => {
  it('accepts each well-formed message', () => {
    expect(ContentToBackgroundSchema.safeParse({ type: 'analyze-posting', posting, source: 'board' }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'page-cleared' }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'analyze-cards', cards: [{ title: 'x', text: '' }] }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'analyze-selection-text', text: 'x', url: 'https://a.test/', cappedFrom: 20_000 }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'get-strings', lang: 'zh' }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'set-collapsed', site: 'zhipin', collapsed: true }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'set-tint', on: false }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'open-full' }).success).toBe(true);
    expect(BackgroundToContentSchema.safeParse({ type: 'ping', target: 'board' }).success).toBe(true);
    expect(BackgroundToContentSchema.safeParse({ type: 'analyze-selection', target: 'selection', trigger: 'menu', text: 'x' }).success).toBe(true);
    expect(AnalysisReplySchema.safeParse({ result, posting }).success).toBe(true);
    expect(PongSchema.safeParse({ alive: true, script: 'board' }).success).toBe(true);
    expect(SelectionReplySchema.safeParse({ status: 'shown' }).success).toBe(true);
  });

  it.each([
    ['no type', { posting }],
    ['unknown type', { type: 'run-this', code: 'alert(1)' }],
    ['empty posting text', { type: 'analyze-posting', posting: { ...posting, text: '' }, source: 'board' }],
    ['bad source', { type: 'analyze-posting', posting, source: 'page' }],
    ['too many cards', { type: 'analyze-cards', cards: Array.from({ length: 401 }, () => ({ title: 'x', text: '' })) }],
    ['an empty selection', { type: 'analyze-selection-text', text: '', url: '' }],
    ['collapsed not a boolean', { type: 'set-collapsed', site: 'zhipin', collapsed: 'yes' }],
    ['a string', 'page-cleared'],
    ['null', null],
  ])('rejects a message with %s, logging it', (_, raw) => {
    expect(parseMessage(ContentToBackgroundSchema, raw, 'test')).toBeNull();
    expect(console.warn).toHaveBeenCalled();
  });

  it('rejects a background request with a wrong trigger or no target', () => {
    expect(parseMessage(BackgroundToContentSchema, { type: 'analyze-selection', target: 'board', trigger: 'page' }, 'test')).toBeNull();
    expect(parseMessage(BackgroundToContentSchema, { type: 'analyze-selection', trigger: 'menu' }, 'test')).toBeNull();
  });

  it('mirrors the full analysis schema exactly in the content scripts\' mini schema', () => {
    // Nothing stripped: a field added to lib/analysis/schema.ts must be added to the mirror too.
    expect(AnalysisResultSchema.parse(result)).toEqual(result);
    expect(AnalysisResultSchema.safeParse({ ...result, scores: { ...result.scores, mix: 101 } }).success).toBe(false);
    expect(AnalysisResultSchema.safeParse({ ...result, schemaVersion: 2 }).success).toBe(false);
  });
});

describe('background message handling', () => {
  it('analyses a posting, stores it for its tab, sets the badge to the mix by band, records history once', async () => {
    const message = parseMessage(ContentToBackgroundSchema, { type: 'analyze-posting', posting, source: 'board' }, 'test');
    expect(message).not.toBeNull();
    const reply = await handleContentMessage(message!, sender(7));
    expect(AnalysisReplySchema.parse(reply).result).toEqual(result);
    const stored = await getTabResult(7);
    expect(stored?.result.scores.mix).toBe(result.scores.mix);
    expect(stored?.source).toBe('board');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(String(result.scores.mix));
    // The same posting reported again (a re-render) does not add a second history entry.
    await handleContentMessage(message!, sender(7));
    const history = await getHistory();
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]?.url).toBe(posting.url);
  });

  it('analyses postings from frames but keeps only the top page\'s as the tab result', async () => {
    const reply = await handleContentMessage({ type: 'analyze-posting', posting, source: 'board' }, sender(9, 3));
    expect('result' in reply).toBe(true);
    expect(await getTabResult(9)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
  });

  it('answers chips for cards: from duty text when shown, else a title-only hint', async () => {
    const reply = await handleContentMessage(
      { type: 'analyze-cards', cards: [{ title: '用户运营', text: '负责社群拉新与用户留存，提升转化率' }, { title: '品牌经理', text: '' }] },
      sender(14),
    );
    const { chips } = ChipsReplySchema.parse(reply);
    expect(chips.map((c) => [c.domain, c.titleOnly])).toEqual([
      ['operations', false],
      ['marketing', true],
    ]);
  });

  it('hands content scripts the strings of one language', async () => {
    const reply = (await handleContentMessage({ type: 'get-strings', lang: 'zh' }, sender(15))) as { strings: Record<string, { message: string }> };
    expect(reply.strings.menuAnalyzeSelection?.message).toBe('用职能透镜分析所选文字');
  });

  it('clears the tab result and the badge when the page no longer shows a posting', async () => {
    await handleContentMessage({ type: 'analyze-posting', posting, source: 'board' }, sender(10));
    await handleContentMessage({ type: 'page-cleared' }, sender(10));
    expect(await getTabResult(10)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 10 })).toBe('');
  });

  it('analyses a selection and keeps it as the last analysis', async () => {
    const reply = await handleContentMessage({ type: 'analyze-selection-text', text: TEXT, url: 'https://notes.example.test/a', cappedFrom: 30_000 }, sender(11));
    expect(AnalysisReplySchema.parse(reply).posting.site).toBe('selection');
    const last = await getLastAnalysis();
    expect(last?.source).toBe('selection');
    expect(last?.cappedFrom).toBe(30_000);
    expect(last?.result.scores.mix).toBe(analyzePosting({ text: TEXT }).scores.mix);
  });

  it('records a selection with duties in history once, and a stray word not at all', async () => {
    const select = (text: string) => handleContentMessage({ type: 'analyze-selection-text', text, url: 'https://notes.example.test/a' }, sender(11));
    await select(TEXT);
    await select(TEXT);
    await select('你好');
    const { entries } = await getHistory();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ site: 'selection', url: 'https://notes.example.test/a', mix: analyzePosting({ text: TEXT }).scores.mix });
    expect((await getLastAnalysis())?.posting.text).toBe('你好');
  });

  it('keeps a selection out of history when history is off', async () => {
    await updateSettings({ historyEnabled: false });
    await handleContentMessage({ type: 'analyze-selection-text', text: TEXT, url: 'https://notes.example.test/b' }, sender(11));
    expect((await getHistory()).entries).toHaveLength(0);
    expect((await getLastAnalysis())?.posting.url).toBe('https://notes.example.test/b');
  });

  it('remembers the collapsed state per site and the tint toggle in the settings', async () => {
    await handleContentMessage({ type: 'set-collapsed', site: 'zhipin', collapsed: true }, sender(12));
    await handleContentMessage({ type: 'set-collapsed', site: 'lagou', collapsed: true }, sender(12));
    await handleContentMessage({ type: 'set-collapsed', site: 'zhipin', collapsed: false }, sender(12));
    await handleContentMessage({ type: 'set-tint', on: true }, sender(12));
    const settings = await getSettings();
    expect(settings.collapsedSites).toEqual(['lagou']);
    expect(settings.tintDuties).toBe(true);
  });

  it('opens the full view of the sender tab', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleContentMessage({ type: 'open-full' }, sender(13));
    expect(created.mock.calls[0]?.[0].url).toMatch(/popup\.html\?tabId=13$/);
  });
});

describe('stored tab results', () => {
  it('reads a corrupt value as nothing', async () => {
    await fakeBrowser.storage.session.set({ 'tabResult:5': { posting, result: { nope: true }, source: 'board', at: 1 } });
    expect(await getTabResult(5)).toBeNull();
    expect(parseTabResult('garbage')).toBeNull();
  });

  it('round-trips a valid value', async () => {
    await setTabResult(6, { posting, result, source: 'generic', at: 42 });
    expect((await getTabResult(6))?.at).toBe(42);
  });
});

describe('badge look', () => {
  it('shows the mix with the band colour, and nothing without a result', () => {
    expect(badgeFor({ mix: 57, band: 'mixed' })).toEqual({ text: '57', color: BAND_COLORS.mixed });
    expect(badgeFor({ mix: 0, band: 'none' }).color).toBe(BAND_COLORS.none);
    expect(badgeFor(null).text).toBe('');
  });
});

describe('on-demand analysis of any tab (popup, through activeTab)', () => {
  it('analyses what the injected extractor returns and keeps it as the tab result', async () => {
    const { analyzeTabOnDemand, EXTRACT_SCRIPT } = await import('@/lib/extension/on-demand');
    const generic = { ...posting, site: 'generic', url: 'https://careers.example.test/jobs/1' };
    const executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: generic }]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    const stored = await analyzeTabOnDemand(21);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 21 }, files: [EXTRACT_SCRIPT] });
    expect(stored?.source).toBe('generic');
    expect(stored?.result.scores.mix).toBe(result.scores.mix);
    expect((await getTabResult(21))?.posting.url).toBe(generic.url);
  });

  it('returns null when the page cannot be read or has no posting, or the extractor returns junk', async () => {
    const { analyzeTabOnDemand } = await import('@/lib/extension/on-demand');
    const scripting = fakeBrowser as unknown as { scripting: unknown };
    scripting.scripting = { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL'))) };
    expect(await analyzeTabOnDemand(22)).toBeNull();
    scripting.scripting = { executeScript: vi.fn(async () => [{ result: null }]) };
    expect(await analyzeTabOnDemand(22)).toBeNull();
    scripting.scripting = { executeScript: vi.fn(async () => [{ result: { site: 'x', text: '' } }]) };
    expect(await analyzeTabOnDemand(22)).toBeNull();
    expect(await getTabResult(22)).toBeNull();
  });
});
