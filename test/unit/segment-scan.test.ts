// The inline scan jumps between possible cut points with a regex: it must stay inside each line, so a posting of
// many lines with no cut point anywhere is still read in linear time (one search per line, not one per posting).
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { segmentPosting } from '../../lib/analysis/segment';
import { splitCount } from '../../lib/analysis/segment/markers';

const time = (input: string): number => {
  const started = performance.now();
  segmentPosting(input);
  return performance.now() - started;
};

describe('segmentPosting inline scan', () => {
  it.each([
    ['short lines, no punctuation', '负责品牌内容\n'],
    ['tag-separated items', '<li>推进新品上市'],
    ['English lines without colons', 'Plan weekly content\n'],
  ])('grows linearly on %s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    time(small);
    const t1 = Math.max(time(small), 1);
    const t10 = time(large);
    expect(t10).toBeLessThan(t1 * 40);
  });

  it('still cuts inline numbering and bullets inside a line', () => {
    const seg = segmentPosting('岗位职责：\n1、撰写活动文案；2、跟进投放效果；- 整理周报');
    expect(seg.duties.map((d) => d.text)).toEqual(['撰写活动文案；', '跟进投放效果；', '整理周报']);
  });
});

describe('splitCount', () => {
  it('counts what split(/\s+/) would return, without building it', () => {
    const text = fc.stringMatching(/^[ a\t\n\u3000\u00a0b，]{0,30}$/);
    fc.assert(
      fc.property(text, fc.nat(30), fc.nat(30), (t, a, b) => {
        const [from, to] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        const count = t.slice(from, to).split(/\s+/).length;
        expect(splitCount(t, from, to)).toBe(count);
        expect(splitCount(t, from, to, 3)).toBe(Math.min(count, 4));
      }),
    );
  });
});
