import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../lib/analysis/segment/fold';

describe('fold', () => {
  it('maps full-width forms, odd spaces and compatibility characters one unit to one unit', () => {
    expect(fold('职责：１、负责，（内容）\t能⼒\u3000a\u00a0b')).toBe('职责:1、负责,(内容) 能力 a b');
  });

  it('keeps the length, so offsets into the folded text are offsets into the original', () => {
    const text = '岗位要求：\r\n１．熟悉ＳＥＯ；２．emoji 👍 stays\uFE30end';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toContain('👍');
  });

  it('returns plain text unchanged', () => {
    const text = 'Plan the launch calendar; review results.';
    expect(fold(text)).toBe(text);
  });

  it('folds a text with many changed units (the buffered path) exactly as unit by unit, lone surrogates kept', () => {
    const byUnit = (text: string) => [...Array(text.length).keys()].map((i) => fold(text[i]!)).join('');
    const pieces = fc.constantFrom('，', '：', '（', 'Ａ', '\t', '\u3000', '\ud800', '\udc00', '👍', 'x', '中', '⼒', '︰');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), pieces), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expect(fold(text)).toBe(byUnit(text));
      }),
      { numRuns: 3000 },
    );
    // Past the buffer kept between calls (64 K units), a text gets a buffer of its own.
    expect(fold('负责，执行：'.repeat(20_000))).toBe('负责,执行:'.repeat(20_000));
    const long = '负责，执行：'.repeat(100);
    expect(fold(long)).toBe('负责,执行:'.repeat(100));
    expect(fold(`${long}\ud800`)).toBe(`${'负责,执行:'.repeat(100)}\ud800`);
  });
});
