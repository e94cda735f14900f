// detectLang stops reading once the rest of the sample could not change its answer: it must answer exactly as
// counting the whole sample would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../lib/analysis';

const SAMPLE = 20_000;

/** The rule read off the whole sample ("title\ntext", first SAMPLE units): Han characters weigh four Latin letters. */
function byWholeSample(text: string, title: string): 'zh' | 'en' {
  const sample = `${title}\n${text}`.slice(0, SAMPLE);
  let han = 0;
  let latin = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0x3400 && c <= 0x9fff) han++;
    else if (/^[A-Za-z]$/.test(ch)) latin++;
  }
  return han > 0 && han * 4 >= latin ? 'zh' : 'en';
}

describe('detectLang', () => {
  it.each([
    ['负责品牌推广活动的策划与执行', '', 'zh'],
    ['Plan and run brand campaigns across channels', '', 'en'],
    ['Own the roadmap for growth experiments and retention', '增长运营', 'en'],
    ['负责 SEO / SEM 投放', '市场经理', 'zh'],
    ['负责 SEO', 'Marketing Manager', 'en'],
    ['', '', 'en'],
  ])('%s (title %s) → %s', (text, title, lang) => {
    expect(detectLang(text, title)).toBe(lang);
  });

  it('answers as counting the whole sample would, however the scripts are spread', () => {
    const run = fc.oneof(
      fc.constantFrom('负责活动策划', '运营', 'a', 'Plan the launch ', '，', ' ', '\n', '123', '😀', '品牌', 'x'.repeat(70)),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(run, { maxLength: 120 }), fc.array(run, { maxLength: 3 }), (parts, titleParts) => {
        const text = parts.join('');
        const title = titleParts.join('');
        expect(detectLang(text, title)).toBe(byWholeSample(text, title));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads only the first 20,000 units', () => {
    expect(detectLang(`${'a'.repeat(SAMPLE)}${'中'.repeat(SAMPLE)}`)).toBe('en');
    expect(detectLang(`${'中'.repeat(100)}${'a'.repeat(SAMPLE)}`)).toBe('en');
    expect(detectLang(`${'中'.repeat(5000)}${'a'.repeat(SAMPLE)}`)).toBe('zh');
  });
});
