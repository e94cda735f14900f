// The domain cue files are data: they must load, stay sorted and free of duplicates, tag every cue
// with a known concept, and each cue's own example line must get its file's domain.
import { describe, expect, it } from 'vitest';
import { classifyDomain } from '../../lib/analysis/classify';
import { CONCEPTS } from '../../lib/analysis/classify/concepts';
import { selectDomainMatches } from '../../lib/analysis/classify/select';
import { CUE_FILES, getLexicon, loadCueFiles } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { DOMAINS } from '../../lib/analysis/constants';

const files = loadCueFiles();
const domainFiles = files.filter((f) => f.file.kind === 'domain');
const key = (text: string) => text.normalize('NFKC').toLowerCase();

describe('domain lexicon files', () => {
  it('has one valid file per domain', () => {
    expect(domainFiles.map((f) => f.file.target).sort()).toEqual([...DOMAINS].sort());
    for (const d of DOMAINS) expect(CUE_FILES[`domain-${d}`]).toBeDefined();
  });

  it.each(domainFiles.map((f) => [f.name, f.file] as const))('%s is sorted by (lang, text) and has cues in both languages', (_name, file) => {
    const order = file.cues.map((c) => `${c.lang}\u0000${c.text}`);
    expect(order).toEqual([...order].sort());
    expect(file.cues.some((c) => c.lang === 'zh')).toBe(true);
    expect(file.cues.some((c) => c.lang === 'en')).toBe(true);
  });

  it('has no duplicate cue within or across domain files', () => {
    const seen = new Map<string, string>();
    for (const { name, file } of domainFiles) {
      for (const cue of file.cues) {
        const k = key(cue.text);
        expect(seen.get(k), `${cue.text} in ${name}`).toBeUndefined();
        seen.set(k, name);
      }
    }
  });

  it('tags every cue with a concept of its domain, a language matching its text and a role for domains', () => {
    for (const { file } of domainFiles) {
      if (file.kind !== 'domain') continue;
      for (const cue of file.cues) {
        const concept = cue.note.slice(0, cue.note.indexOf(':'));
        expect(CONCEPTS[file.target], `${cue.text}: ${cue.note}`).toContain(concept);
        expect(cue.lang, cue.text).toBe(/[\u3400-\u9fff]/.test(cue.text) ? 'zh' : 'en');
        expect(cue.role, cue.text).not.toBe('level');
        // Overlap work lives in the shared file only; the other files name outcomes or activities.
        expect(cue.role === 'overlap', cue.text).toBe(file.target === 'shared');
      }
    }
  });

  const examples = domainFiles.flatMap(({ file }) => file.cues.map((c) => [file.target, c.text, c.example] as const));
  it.each(examples)('%s cue %s: its example is classified as its domain', (domain, text, example) => {
    const line = prepareLine(example, 0, getLexicon());
    // The cue itself must stand in its own example (not hidden inside a longer cue) …
    expect(selectDomainMatches(line.matches).some((m) => m.cue.text === text), `cue ${text} not found in "${example}"`).toBe(true);
    // … and the example must land in the cue's domain.
    expect(classifyDomain(line).domain).toBe(domain);
  });
});
