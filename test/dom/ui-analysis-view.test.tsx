import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisView } from '@/components/analysis-view/AnalysisView';
import { highlightPieces } from '@/components/analysis-view/highlight';
import { ARTICLE } from '@/lib/i18n';
import { SAMPLE_TEXT, salesOnlyResult, sampleResult } from './ui-fixtures';
import { mount, settle } from './ui-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function view(result = sampleResult(), lang: 'zh' | 'en' = 'en') {
  const m = mount(<AnalysisView result={result} lang={lang} posting={{ title: 'Test posting', company: 'Acme', url: 'https://jobs.example/1' }} />);
  cleanup = m.unmount;
  return m.root;
}

describe('highlightPieces', () => {
  it('cuts a duty at its cues using offsets into the original posting', () => {
    const duty = sampleResult().duties[1]!;
    expect(duty.start).toBeGreaterThan(0);
    const pieces = highlightPieces(duty);
    expect(pieces.map((p) => p.text).join('')).toBe(duty.text);
    expect(pieces.filter((p) => p.cue).map((p) => p.text)).toEqual(['社群', '留存', '复购']);
    for (const p of pieces.filter((x) => x.cue)) expect(SAMPLE_TEXT.slice(p.cue!.start, p.cue!.end)).toBe(p.text);
  });

  it('skips overlapping and out-of-range cues instead of garbling the text', () => {
    const base = { text: 'abcdef', start: 10 };
    const cue = (s: number, e: number) => ({ text: 'x', start: s, end: e, kind: 'domain' as const, weight: 1, rule: 'r' });
    const pieces = highlightPieces({ ...base, cues: [cue(11, 14), cue(12, 13), cue(15, 30), cue(5, 11)] });
    expect(pieces).toEqual([{ text: 'a' }, { text: 'bcd', cue: cue(11, 14) }, { text: 'ef' }]);
  });
});

describe('AnalysisView', () => {
  it('shows score, band, verdict and both fit badges with reasons', () => {
    const root = view();
    const result = sampleResult();
    expect(root.querySelector('.rl-gauge')?.getAttribute('aria-label')).toBe('Mix score 100 out of 100: Mixed role');
    expect(root.querySelector('.rl-band')?.textContent).toBe('Mixed role');
    expect(root.querySelector('.rl-verdict')?.textContent).toBe(result.verdict.en);
    const badges = [...root.querySelectorAll('.rl-badge')].map((b) => b.textContent);
    expect(badges[0]).toContain('Title fits');
    expect(badges[0]).toContain(result.reasons.titleFit.en);
    expect(badges[1]).toContain(result.reasons.seniorityFit.en);
    expect(root.querySelector('.rl-dbar__bar')?.getAttribute('aria-label')).toContain('Marketing: 1');
  });

  it('separates duties by domain, each section with its sentence and a source link to the article', () => {
    const root = view();
    const sections = [...root.querySelectorAll<HTMLElement>('.rl-section')].map((s) => s.dataset.domain);
    expect(sections).toEqual(['marketing', 'operations', 'shared', 'sales', 'other']);
    for (const s of root.querySelectorAll('.rl-section')) {
      const link = s.querySelector<HTMLAnchorElement>('a.rl-source')!;
      expect(link.href).toBe(ARTICLE.url);
      expect(link.title).toBe(ARTICLE.title);
      expect(s.querySelector('.rl-section__accountable')!.textContent!.length).toBeGreaterThan(30);
    }
    const ops = root.querySelector('[data-domain="operations"].rl-section')!;
    expect(ops.querySelectorAll('.rl-duty')).toHaveLength(1);
    expect([...ops.querySelectorAll('mark.rl-cue')].map((m) => m.textContent)).toEqual(['社群', '留存', '复购']);
    expect(ops.querySelector('.rl-tag--level')?.textContent).toBe('Execution');
  });

  it('explains each duty in a tooltip tied to it, reachable by keyboard', () => {
    const root = view();
    const duty = root.querySelector<HTMLElement>('.rl-section--shared .rl-duty')!;
    expect(duty.tabIndex).toBe(0);
    const why = document.getElementById(duty.getAttribute('aria-describedby')!)!;
    expect(why.getAttribute('role')).toBe('tooltip');
    expect(why.textContent).toContain('no outcome named');
    expect(why.textContent).toContain('策划 → level → tactics');
  });

  it('folds requirements apart and fills the formula with this posting\'s M and O', () => {
    const root = view();
    const reqs = root.querySelector('details.rl-reqs')!;
    expect(reqs.hasAttribute('open')).toBe(false);
    expect(reqs.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('.rl-duties')!.textContent).not.toContain('三年以上相关经验');
    expect(root.querySelector('.rl-how__mix')!.textContent).toBe('Mix = 100 × 2 × min(M, O) ÷ (M + O) = 100 × 2 × min(1.5, 1.5) ÷ 3 = 100');
  });

  it('says "not a marketing/operations role" for band none, never "clear"', () => {
    const root = view(salesOnlyResult());
    expect(root.querySelector('.rl-band')?.textContent).toBe('Not a marketing/operations role');
    expect(root.textContent).not.toMatch(/Clear role/);
    expect(root.querySelector('.rl-how__mix')!.textContent).toContain('M + O = 0');
  });

  it('renders page text as text, never as HTML', () => {
    const result = sampleResult();
    const evil = '<img src=x onerror="window.__pwned=1">负责<b>社群</b>';
    result.duties[0] = { ...result.duties[0]!, text: evil, start: 0, end: evil.length, cues: [] };
    const root = view(result);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.rl-duty b')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it('cites the article in the footer with its title as the link', () => {
    const foot = view().querySelector('.rl-analysis__foot')!;
    expect(foot.textContent).toBe(`Definitions after 《${ARTICLE.title}》, 鸟哥笔记, 2023-11-03`);
    expect(foot.querySelector('a')!.textContent).toBe(ARTICLE.title);
  });

  it('speaks Chinese when asked', () => {
    const root = view(sampleResult(), 'zh');
    expect(root.querySelector('.rl-band')?.textContent).toBe('职能混杂');
    expect(root.querySelector('[data-domain="shared"] h3')?.textContent).toContain('交叉');
    expect(root.querySelector('[data-action="copy-markdown"]')?.textContent).toBe('复制拆分（Markdown）');
    expect(root.querySelector('article')?.getAttribute('lang')).toBe('zh-CN');
  });

  it('offers open-in-tab only when the host can open it', () => {
    expect(view().querySelector('[data-action="open-full"]')).toBeNull();
    cleanup?.();
    let opened = 0;
    const m = mount(<AnalysisView result={sampleResult()} lang="en" onOpenFull={() => opened++} />);
    cleanup = m.unmount;
    m.root.querySelector<HTMLButtonElement>('[data-action="open-full"]')!.click();
    expect(opened).toBe(1);
  });
});

describe('AnalysisView with a very long posting', () => {
  it('renders hundreds of duties, all of them, without a blank screen', () => {
    const base = sampleResult();
    const duties = Array.from({ length: 400 }, (_, i) => ({ ...base.duties[i % base.duties.length]!, start: i * 1000, end: i * 1000 + 20, cues: [] }));
    const started = performance.now();
    const m = mount(<AnalysisView result={{ ...base, duties }} lang="en" />);
    cleanup = m.unmount;
    const took = performance.now() - started;
    expect(m.root.querySelectorAll('.rl-duty')).toHaveLength(400);
    // Generous bound for jsdom; the real-browser timing is logged by the e2e suite.
    expect(took).toBeLessThan(3000);
  });
});

describe('AnalysisView, progressive (the popup)', () => {
  it('paints each domain’s first duties and the scores first, the rest once idle', async () => {
    const base = sampleResult();
    const first = base.duties.find((d) => d.domain === 'marketing')!;
    // Twelve marketing lines (distinct spans, so distinct keys): more than the first paint shows.
    const many = Array.from({ length: 12 }, (_, i) => ({ ...first, start: first.start + i * 1000, end: first.end + i * 1000 }));
    const result = { ...base, duties: [...many, ...base.duties.filter((d) => d.domain !== 'marketing')] };
    const m = mount(<AnalysisView result={result} lang="en" progressive />);
    cleanup = m.unmount;
    const marketing = () => m.root.querySelectorAll('[data-domain="marketing"] .rl-duties__list > li').length;
    expect(marketing()).toBeLessThan(12);
    expect(marketing()).toBeGreaterThan(0);
    expect(m.root.querySelector('.rl-gauge__number, .rl-score, .rl-analysis__title')).not.toBeNull();
    expect(m.root.querySelector('.rl-how')).toBeNull();
    // The count says the whole number from the start.
    expect(m.root.querySelector('[data-domain="marketing"] .rl-section__count')!.textContent).toContain('12');
    await settle();
    expect(marketing()).toBe(12);
    expect(m.root.querySelector('.rl-how')).not.toBeNull();
    if (result.requirements.length > 0) expect(m.root.querySelector('.rl-reqs')).not.toBeNull();
  });
});
