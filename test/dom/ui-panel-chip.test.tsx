import { afterEach, describe, expect, it } from 'vitest';
import { CardChip } from '@/components/card-chip/CardChip';
import { PagePanel } from '@/components/page-panel/PagePanel';
import { sampleResult } from './ui-fixtures';
import { mount } from './ui-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('PagePanel', () => {
  function panel(collapsed: boolean, calls: string[], withClose = true, cappedAt?: number) {
    const m = mount(
      <PagePanel
        result={sampleResult()}
        cappedAt={cappedAt}
        lang="en"
        collapsed={collapsed}
        onToggleCollapse={() => calls.push('collapse')}
        tinted
        onToggleTint={() => calls.push('tint')}
        onOpenFull={() => calls.push('full')}
        onClose={withClose ? () => calls.push('close') : undefined}
      />,
    );
    cleanup = m.unmount;
    return m.root;
  }

  it('shows mix, band, domain bar and verdict, with working controls', () => {
    const calls: string[] = [];
    const root = panel(false, calls);
    expect(root.querySelector('aside')!.getAttribute('aria-label')).toBe('Role Lens analysis');
    expect(root.querySelector('.rl-gauge')!.getAttribute('aria-label')).toContain('100');
    expect(root.querySelector('.rl-dbar')).not.toBeNull();
    expect(root.querySelector('.rl-panel__verdict')!.textContent).toBe(sampleResult().verdict.en);
    expect(root.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'See the full split')!.click();
    root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    root.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(calls).toEqual(['tint', 'full', 'collapse', 'close']);
  });

  it('says when a very long posting was analysed from its start only', () => {
    expect(panel(false, []).querySelector('.rl-panel__note')).toBeNull();
    cleanup?.();
    expect(panel(false, [], true, 12_000).querySelector('.rl-panel__note')!.textContent).toBe(
      'The text was long; only the first 12000 characters were analysed.',
    );
  });

  it('collapsed: only the head, and Esc closes', () => {
    const calls: string[] = [];
    const root = panel(true, calls);
    expect(root.querySelector('.rl-panel__body')).toBeNull();
    expect(root.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).toBe('false');
    root.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls).toEqual(['close']);
  });
});

describe('CardChip', () => {
  it('shows the leading domain and mix', () => {
    const m = mount(<CardChip domain="operations" mix={42} band="leaning" titleOnly={false} lang="zh" />);
    cleanup = m.unmount;
    const chip = m.root.querySelector('.rl-chip')!;
    expect(chip.textContent).toBe('运营42');
    expect(chip.getAttribute('aria-label')).toBe('职能透镜：运营，混合度 42，有所偏重');
  });

  it('marks a title-only hint as such', () => {
    const m = mount(<CardChip domain="marketing" mix={0} band="clear" titleOnly lang="en" />);
    cleanup = m.unmount;
    const chip = m.root.querySelector<HTMLElement>('.rl-chip')!;
    expect(chip.dataset.titleOnly).toBe('true');
    expect(chip.textContent).toContain('title only');
    expect(chip.title).toContain('Guessed from the title only');
  });
});
