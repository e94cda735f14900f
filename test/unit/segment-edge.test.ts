// Any string must segment without throwing, quickly and deterministically, with exact offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentPosting, stripListMarker, type Segmented } from '../../lib/analysis/segment';

function checkInvariants(input: string, seg: Segmented): void {
  for (const span of [...seg.duties, ...seg.requirements, ...seg.other]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(input.length);
    expect(span.end).toBeGreaterThan(span.start);
    expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(span.text.trim()).toBe(span.text);
  }
  for (const s of seg.sections) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
  }
}

const mk = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('segmentPosting edge cases', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n\u3000 '],
    ['only numbering', '1、\n2.\n(3)\n④\n一、\n- \n* \n•'],
    ['only headings', '岗位职责：\n任职要求：\nResponsibilities\nRequirements'],
    ['emoji', '🚀🚀 岗位职责 ✨\n1、🎯🎯\n2、负责📈增长活动🔥'],
    ['HTML', '<div class="job"><h3>岗位职责</h3><ul><li>负责<b>品牌</b>活动</li></ul><script>alert(1)</script></div>'],
    ['lone surrogates', '\ud800岗位职责\udfff：\n1、\ud83d负责'],
    ['control characters', '\u0000\u0001岗位职责\u0007\n\u000b1、负责\u0085'],
    ['unclosed brackets', '【【【岗位职责\n（（（1\n[[[Responsibilities'],
    ['very long line', mk('负责制定营销方案，', 50_000)],
    ['numbers only', mk('1.2.3、4)5（6）', 20_000)],
  ])('%s', (_name, input) => {
    const seg = segmentPosting(input);
    checkInvariants(input, seg);
  });

  it('returns nothing for empty input', () => {
    expect(segmentPosting('')).toEqual({ sections: [], duties: [], requirements: [], other: [] });
  });

  it('finds no duty in a posting of bare numbering', () => {
    expect(segmentPosting('岗位职责：\n1、\n2、\n3、').duties).toEqual([]);
  });

  it('keeps emoji inside a duty and its offsets exact', () => {
    const input = '岗位职责：\n1、负责📈增长活动🔥';
    expect(segmentPosting(input).duties.map((d) => d.text)).toEqual(['负责📈增长活动🔥']);
  });

  it('is deterministic', () => {
    const input = '工作内容：1、撰写文案；2、策划活动。任职要求：1、本科\nResponsibilities\n* Plan events';
    expect(segmentPosting(input)).toEqual(segmentPosting(input));
  });

  it('holds its invariants on arbitrary strings', () => {
    const pieces = fc.constantFrom(
      '岗位职责：', '任职要求:', '【福利待遇】', 'Responsibilities', '**Requirements:**', '\n', '\r\n', '<br />', '1、', '2.',
      '（3）', '④', '一、', '- ', '* ', '• ', '；', '。', '负责活动策划', '熟悉SQL', 'Plan events', '3+ years of experience', ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const seg = segmentPosting(input);
        checkInvariants(input, seg);
        // Leaving the other lines out changes nothing else.
        expect(segmentPosting(input, { other: false })).toEqual({ ...seg, other: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('stripListMarker never leaves its span', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }), (s, a, b) => {
        const { start, end } = stripListMarker(s, a, b);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(end).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('segmentPosting speed: linear on a megabyte', () => {
  // A megabyte takes about 0.1–0.4 s on a quiet machine. Wall-clock bounds flake on a loaded runner, so the test
  // checks growth instead: ten times the text may take at most ~30 times as long (catastrophic backtracking or a
  // quadratic pass would take 100× or more), plus an absolute ceiling.
  const MB = 1_000_000;
  const time = (input: string): number => {
    const started = performance.now();
    segmentPosting(input);
    return performance.now() - started;
  };
  const repeat = (unit: string) => (size: number) => mk(unit, size);
  it.each([
    ['a long posting', repeat('岗位职责：\n1、负责制定营销方案；2、执行活动。任职要求:1、本科以上学历\n')],
    ['one line without breaks', repeat('负责制定营销方案，熟悉各种渠道，能够独立完成推广；')],
    ['English Markdown', repeat('**Responsibilities:**\n* Develop and run campaigns across channels.\nQualifications\n* 3+ years of experience\n')],
    ['numbering only', repeat('1、')],
    ['colons', repeat('岗位要求:')],
    ['HTML', repeat('<p>岗位职责<br/>1. 负责<b>运营</b></p><div>')],
    ['emoji lines', repeat('🚀✨ 负责 🎯\n')],
    ['spaces', repeat(' ')],
    ['brackets', repeat('【（(1')],
    // One huge run inside a single line: where a /\s+$/-style regex would backtrack quadratically.
    ['a run of spaces inside a line', (size: number) => `x${' '.repeat(size)}y`],
    ['a run of "_ " before a colon', (size: number) => `岗位职责：\n1、a${mk(' _', size)}b:`],
    ['a run of "* " in an English duty', (size: number) => `Responsibilities\n- Plan ${mk('* ', size)}x`],
    ['an open parenthesis run after a heading', (size: number) => `岗位职责${mk('（', size)}`],
  ])('%s', (_name, build) => {
    const small = build(MB / 10);
    time(small); // warm up the JIT
    const base = Math.min(time(small), time(small));
    const big = time(build(MB));
    expect(big).toBeLessThan(30 * base + 250);
    expect(big).toBeLessThan(10_000);
  }, 60_000);

  it('handles a megabyte of pseudo-random code units', () => {
    const input = Array.from({ length: MB }, (_, i) => String.fromCharCode((i * 7919) % 0xffff || 32)).join('');
    checkInvariants(input, segmentPosting(input));
  }, 60_000);
});
