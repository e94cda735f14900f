// The extension shell's pure decisions: where the panel goes, what a chip says, how a selection is
// prepared, which mutations re-run the content script, and which DOM ranges a duty tints.
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analysis';
import { touchesPage } from '@/lib/extension/mutations';
import { chipModelFor, leadingDomain } from '@/lib/extension/chip-model';
import { boxAt, chooseCorner, overlaps, actionBoxes } from '@/lib/extension/placement';
import { selectionPlacement, SMALL_WINDOW } from '@/lib/extension/selection-panel';
import { MAX_SELECTION_CHARS, prepareSelection, selectionTitle } from '@/lib/extension/selection-text';
import { rangesByDomain } from '@/lib/extension/tint';

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 200 };

describe('panel placement', () => {
  it('takes the bottom-right corner when nothing is there', () => {
    expect(chooseCorner(size, viewport, [])).toBe('bottom-right');
  });

  it('moves away from an apply button in the bottom-right corner, then from one top-right too', () => {
    const apply = { left: 1100, top: 700, width: 120, height: 40 };
    expect(chooseCorner(size, viewport, [apply])).toBe('top-right');
    const top = { left: 1000, top: 30, width: 200, height: 40 };
    expect(chooseCorner(size, viewport, [apply, top])).toBe('bottom-left');
    for (const corner of ['top-right', 'bottom-left'] as const) {
      expect(overlaps(boxAt(corner, size, viewport), corner === 'top-right' ? apply : top)).toBe(false);
    }
  });

  it('finds apply buttons by hook and by label', () => {
    document.body.innerHTML = '<button class="btn-apply">x</button><a>立即沟通</a><button>Save</button>';
    for (const el of document.querySelectorAll('button, a')) {
      el.getBoundingClientRect = () => ({ left: 1, top: 1, width: 50, height: 20, right: 51, bottom: 21, x: 1, y: 1, toJSON: () => ({}) });
    }
    expect(actionBoxes(document)).toHaveLength(2);
  });
});

describe('selection panel placement', () => {
  it('floats below the selection in a large window and docks in a small one', () => {
    expect(selectionPlacement({ left: 100, top: 100, bottom: 120 }, viewport)).toContain('top:128px');
    expect(selectionPlacement({ left: 100, top: 700, bottom: 720 }, viewport)).toContain('bottom:');
    expect(selectionPlacement({ left: 100, top: 100, bottom: 120 }, { width: SMALL_WINDOW.width - 1, height: 800 })).toContain('bottom:0');
    expect(selectionPlacement(null, viewport)).toContain('bottom:0');
  });
});

describe('selected text', () => {
  it('gives a hint for empty or whitespace selections', () => {
    expect(prepareSelection('')).toEqual({ kind: 'empty' });
    expect(prepareSelection('  \n\t ')).toEqual({ kind: 'empty' });
    expect(prepareSelection(undefined)).toEqual({ kind: 'empty' });
  });

  it('caps a very long selection and says from how long', () => {
    const line = '负责社群拉新与用户留存，提升转化率\n';
    const long = line.repeat(2000);
    const prepared = prepareSelection(long);
    expect(prepared.kind).toBe('text');
    if (prepared.kind !== 'text') return;
    expect(prepared.text.length).toBeLessThanOrEqual(MAX_SELECTION_CHARS);
    expect(prepared.cappedFrom).toBe(long.trim().length);
    expect(prepared.text.endsWith('转化率')).toBe(true); // cut at a line break
  });

  it('titles a selection by its first line', () => {
    expect(selectionTitle('市场专员\n负责品牌')).toBe('市场专员');
    expect(selectionTitle('x'.repeat(100)).length).toBe(60);
  });
});

describe('chip model', () => {
  it('uses the duty text a card shows', () => {
    const model = chipModelFor(
      { title: '用户运营', text: '负责社群拉新与用户留存，提升转化率；搭建会员体系，提升复购' },
      (input) => analyzePosting(input),
    );
    expect(model.titleOnly).toBe(false);
    expect(model.domain).toBe('operations');
  });

  it('falls back to a title-only hint, marked as such', () => {
    const model = chipModelFor({ title: '品牌市场经理', text: '' }, (input) => analyzePosting(input));
    expect(model.titleOnly).toBe(true);
    expect(model.domain).toBe('marketing');
  });

  it('picks the leading domain, ties to the first', () => {
    expect(leadingDomain({ marketing: 1, operations: 1, shared: 0, sales: 0, product: 0, other: 0 })).toBe('marketing');
    expect(leadingDomain({ marketing: 0, operations: 0, shared: 0, sales: 2, product: 0, other: 1 })).toBe('sales');
    expect(leadingDomain({ marketing: 0, operations: 0, shared: 0, sales: 0, product: 0, other: 0 })).toBeNull();
  });
});

describe('mutations that re-run the content script', () => {
  it('ignores our own hosts and reacts to the page', () => {
    const chip = document.createElement('rolelens-chip');
    const card = document.createElement('li');
    const ours = { type: 'childList', target: card, addedNodes: [chip], removedNodes: [] } as unknown as MutationRecord;
    const theirs = { type: 'childList', target: document.body, addedNodes: [card], removedNodes: [] } as unknown as MutationRecord;
    expect(touchesPage([ours])).toBe(false);
    expect(touchesPage([ours, theirs])).toBe(true);
  });
});

describe('tint ranges', () => {
  it('maps each duty to ranges over the page text nodes, grouped by domain', () => {
    document.body.innerHTML = '<ul><li>负责品牌传播</li><li>提升转化率</li></ul>';
    const [a, b] = [...document.querySelectorAll('li')].map((li) => li.firstChild as Text);
    const segments = [
      { start: 0, end: 6, node: a!, nodeOffset: 0 },
      { start: 7, end: 12, node: b!, nodeOffset: 0 },
    ];
    const groups = rangesByDomain(
      [
        { start: 0, end: 6, domain: 'marketing' },
        { start: 7, end: 12, domain: 'operations' },
      ],
      segments,
    );
    expect(groups.get('marketing')?.[0]?.toString()).toBe('负责品牌传播');
    expect(groups.get('operations')?.[0]?.toString()).toBe('提升转化率');
  });
});
