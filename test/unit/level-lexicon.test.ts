// The level cue files are data: each must pass the schema, stay sorted and free of duplicates, and each
// cue's own example line must get its file's level from the classifier with the full lexicon.
import { describe, expect, it } from 'vitest';
import { classifyLevel } from '../../lib/analysis/level';
import { CUE_FILES, getLexicon, loadCueFiles } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { LEVELS } from '../../lib/analysis/constants';

const levelFiles = loadCueFiles(Object.fromEntries(Object.entries(CUE_FILES).filter(([name]) => name.startsWith('level-'))));

describe('level cue files', () => {
  it('there is one valid file a level, named after its target', () => {
    expect(levelFiles.map((f) => f.name).sort()).toEqual(LEVELS.map((l) => `level-${l}`).sort());
    for (const { name, file } of levelFiles) {
      expect(file.kind).toBe('level');
      expect(name).toBe(`level-${file.target}`);
      expect(file.about.length).toBeGreaterThan(10);
      expect(file.cues.length).toBeGreaterThan(10);
    }
  });

  it.each(levelFiles.map((f) => [f.name, f.file] as const))('%s: role level, lang matches script, sorted by (lang, text)', (_name, file) => {
    for (const cue of file.cues) {
      expect(cue.role).toBe('level');
      expect(cue.lang).toBe(/[\u3400-\u9fff]/.test(cue.text) ? 'zh' : 'en');
      expect(cue.text).toBe(cue.text.toLowerCase().trim());
    }
    const keys = file.cues.map((c) => `${c.lang}\u0000${c.text}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('no cue text appears twice, within or across level files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { name, file } of levelFiles) {
      for (const cue of file.cues) {
        if (seen.has(cue.text)) duplicates.push(`${cue.text} (${seen.get(cue.text)} and ${name})`);
        seen.set(cue.text, name);
      }
    }
    expect(duplicates).toEqual([]);
  });

  const lexicon = getLexicon();
  const examples = levelFiles.flatMap(({ file }) => file.cues.map((cue) => [file.target, cue.text, cue.example] as const));
  it.each(examples)('%s cue %s: its example gets the level', (level, text, example) => {
    const decision = classifyLevel(prepareLine(example, 0, lexicon));
    expect(decision.level).toBe(level);
    // The example really exercises its cue (or a longer phrase of the same level containing it).
    expect(lexicon.match(example.normalize('NFKC').toLowerCase()).some((m) => m.cue.kind === 'level' && m.cue.text === text)).toBe(true);
  });
});
