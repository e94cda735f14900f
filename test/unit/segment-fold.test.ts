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
});
