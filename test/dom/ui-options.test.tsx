import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { OptionsApp } from '@/components/options/OptionsApp';
import { checkNewCue, cueKey } from '@/components/options/cue-rules';
import { parseSettingsFile, settingsToFile } from '@/components/options/settings-file';
import { DEFAULT_SETTINGS, getSettings, updateSettings, type Settings } from '@/lib/storage/settings';
import { mount, settle, waitFor } from './ui-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
beforeEach(() => fakeBrowser.reset());

describe('custom cue rules', () => {
  it('rejects empty, too long, targetless and duplicate cues', () => {
    const existing = [{ text: 'GMV', domain: 'operations' as const, weight: 3 }];
    expect(checkNewCue({ text: '   ', domain: 'marketing' }, existing)?.key).toBe('cueErrEmpty');
    expect(checkNewCue({ text: 'x'.repeat(41), domain: 'marketing' }, existing)).toEqual({ key: 'cueErrLong', sub: 40 });
    expect(checkNewCue({ text: '私域流量' }, existing)?.key).toBe('cueErrTarget');
    expect(checkNewCue({ text: ' gmv ', level: 'execution' }, existing)?.key).toBe('cueErrDuplicate');
    expect(checkNewCue({ text: '私域流量', domain: 'operations' }, existing)).toBeNull();
    expect(cueKey('ＧＭＶ  Rate')).toBe('gmv rate');
  });
});

describe('settings file', () => {
  it('round-trips every setting and cue', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, language: 'zh', historyDays: 30, disabledBoards: ['indeed'], customCues: [{ text: '私域', domain: 'operations', weight: 3 }] };
    expect(parseSettingsFile(settingsToFile(settings))).toEqual({ ok: true, settings });
  });

  it('rejects bad JSON, foreign files and invalid values with a reason', () => {
    expect(parseSettingsFile('{nope')).toEqual({ ok: false, reason: 'bad-json' });
    expect(parseSettingsFile('{"kind":"something-else"}')).toEqual({ ok: false, reason: 'bad-kind' });
    const bad = JSON.parse(settingsToFile(DEFAULT_SETTINGS));
    bad.settings.historyDays = -5;
    const outcome = parseSettingsFile(JSON.stringify(bad));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.detail).toMatch(/^settings\.historyDays: /);
    bad.settings.historyDays = 10;
    bad.settings.customCues = [{ text: 'ROI', domain: 'operations' }, { text: 'roi', level: 'tactics' }];
    expect(parseSettingsFile(JSON.stringify(bad))).toMatchObject({ ok: false, detail: expect.stringContaining('appears twice') });
    bad.settings.customCues = [];
    bad.settings.surprise = true;
    expect(parseSettingsFile(JSON.stringify(bad)).ok).toBe(false);
  });
});

async function renderOptions(lang: 'zh' | 'en' = 'en') {
  const saved: Partial<Settings>[] = [];
  let current = await getSettings();
  const save = async (patch: Partial<Settings>) => {
    saved.push(patch);
    current = await updateSettings(patch);
    rerender();
    return current;
  };
  const m = mount(<div />);
  const rerender = () => {
    act(() => {
      import('preact').then(({ render }) => render(<OptionsApp settings={current} lang={lang} save={save} />, m.root));
    });
  };
  rerender();
  cleanup = m.unmount;
  await settle();
  return { root: m.root, saved, current: () => current };
}

describe('OptionsApp', () => {
  it('saves toggles and the language', async () => {
    const { root } = await renderOptions();
    root.querySelector<HTMLInputElement>('input[name="tint"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="board-lagou"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="language"][value="zh"]')!.click();
    await settle();
    const s = await getSettings();
    expect(s.tintDuties).toBe(!DEFAULT_SETTINGS.tintDuties);
    expect(s.disabledBoards).toEqual(['lagou']);
    expect(s.language).toBe('zh');
  });

  it('adds a valid cue, refuses a duplicate with a message, and the preview uses it', async () => {
    const { root } = await renderOptions();
    const input = root.querySelector<HTMLInputElement>('input[name="cue-text"]')!;
    const level = root.querySelector<HTMLSelectElement>('select[name="cue-level"]')!;
    const submit = () => root.querySelector('form.rl-cues__form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    const type = (el: HTMLInputElement | HTMLSelectElement, value: string, ev: string) => {
      el.value = value;
      el.dispatchEvent(new Event(ev, { bubbles: true }));
    };
    type(input, 'lifecycle', 'input');
    type(level, 'management', 'change');
    await settle();
    submit();
    await settle(20);
    expect((await getSettings()).customCues).toEqual([{ text: 'lifecycle', level: 'management', weight: 3 }]);
    expect(root.querySelector('.rl-cues__table')!.textContent).toContain('lifecycle');
    // The preview's analysis of the English sample now has a custom cue marked.
    // The preview re-analyses the sample with the new cue: its line is marked and tagged with the cue's level.
    const line = await waitFor(() =>
      [...root.querySelectorAll<HTMLElement>('.rl-preview .rl-duty')].find((d) => d.textContent!.includes('lifecycle emails') && d.querySelector('.rl-tag--management')),
    );
    expect([...line.querySelectorAll('mark.rl-cue')].map((m) => m.textContent)).toContain('lifecycle');

    type(input, ' LifeCycle ', 'input');
    await settle();
    submit();
    await settle();
    expect(root.querySelector('#rl-cue-error')!.textContent).toBe('This cue is already in the list.');
    expect((await getSettings()).customCues).toHaveLength(1);
  });

  it('validates the days to keep', async () => {
    const { root } = await renderOptions('zh');
    const days = root.querySelector<HTMLInputElement>('input[name="history-days"]')!;
    days.value = '99999';
    days.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    days.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(root.querySelector('#opt-days-error')!.textContent).toBe('请输入 0 到 3650 之间的整数。');
    expect((await getSettings()).historyDays).toBe(DEFAULT_SETTINGS.historyDays);
  });
});
