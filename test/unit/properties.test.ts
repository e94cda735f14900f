// Property tests: whatever the input, the analysis returns a schema-valid, deterministic result whose
// offsets point at exactly the text they claim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLine, analyzePosting } from '../../lib/analysis';
import { AnalysisResultSchema, type AnalysisResult } from '../../lib/analysis/schema';

/** Every offset points at exactly the text it claims (collected, then asserted once: big inputs have many). */
function checkOffsets(text: string, result: AnalysisResult) {
  const wrong: string[] = [];
  for (const duty of result.duties) {
    if (text.slice(duty.start, duty.end) !== duty.text) wrong.push(`duty ${duty.start}-${duty.end}`);
    for (const cue of duty.cues) {
      if (text.slice(cue.start, cue.end) !== cue.text) wrong.push(`cue ${cue.start}-${cue.end} "${cue.text}"`);
      if (cue.start < duty.start || cue.end > duty.end) wrong.push(`cue ${cue.start}-${cue.end} outside its duty`);
    }
  }
  for (const r of result.requirements) if (text.slice(r.start, r.end) !== r.text) wrong.push(`requirement ${r.start}-${r.end}`);
  for (const s of result.sections) if (s.start > s.end || s.end > text.length) wrong.push(`section ${s.start}-${s.end}`);
  expect(wrong).toEqual([]);
}

// Pieces postings are made of, so random strings reach the interesting paths (headings, numbering, cues).
const pieces = fc.constantFrom(
  '岗位职责：', '任职要求：', 'Responsibilities', 'Requirements:', '1、', '2.', '(3)', '①', '一、', '•', '- ', '* ', '\n', '\r\n', '；', '。',
  '负责品牌传播，提升知名度', '提升转化率和复购', '撰写软文', '策划活动', '完成销售业绩', '撰写PRD', '协助', '带领团队', '制定年度战略',
  '3年以上经验', '本科', '熟悉SQL', 'grow brand awareness', 'improve retention', 'close deals', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '😀', '\u3000', '\u200b', 'ＡＢＣ１２３', '（', '）', ' ', 'Ⅷ', 'ﬁ', '㈱',
);
const postingText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join('')),
);

describe('analysis properties', () => {
  it('returns a schema-valid result with exact offsets for any text', () => {
    fc.assert(
      fc.property(postingText, fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), (text, title) => {
        const result = analyzePosting({ text, title });
        expect(AnalysisResultSchema.safeParse(result).success).toBe(true);
        checkOffsets(text, result);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        expect(JSON.stringify(analyzePosting({ text }))).toBe(JSON.stringify(analyzePosting({ text })));
      }),
      { numRuns: 100 },
    );
  });

  it('classifies any single line with offsets into that line', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        const duty = analyzeLine(text);
        expect(text.slice(duty.start, duty.end)).toBe(duty.text);
        for (const cue of duty.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\u3000 '],
    ['only numbering', '1、\n2、\n3.\n(4)\n①\n一、\n•\n-'],
    ['only emoji', '😀🎉🚀\n👍👍\n'],
    ['HTML', '<div><h2>岗位职责</h2><ul><li>负责<b>品牌</b>传播</li><li onclick="x()">提升转化率</li></ul></div>'],
  ])('handles %s input', (_name, text) => {
    const result = analyzePosting({ text, title: text });
    expect(AnalysisResultSchema.safeParse(result).success).toBe(true);
    checkOffsets(text, result);
  });

  it('handles a 1 MB posting', { timeout: 60_000 }, () => {
    const block = '岗位职责：\n1、负责品牌传播，提升品牌知名度；\n2、负责拉新和转化，提升复购率；\n任职要求：\n1、3年以上经验；\n';
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    const result = analyzePosting({ text, title: '市场运营' });
    expect(AnalysisResultSchema.safeParse(result).success).toBe(true);
    expect(result.duties.length).toBeGreaterThan(1000);
    checkOffsets(text, result);
  });
});
