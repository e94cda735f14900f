// Turns the CLI's raw input into items: one plain-text posting, or JSON Lines of {id, title?, text}.
import { z } from 'zod';

export const JsonlItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().optional(),
  text: z.string(),
});

export interface InputItem {
  id: string;
  title?: string;
  text: string;
}
export interface InputProblem {
  line: number;
  message: string;
}

/** JSON Lines when the first non-empty line is a JSON object; anything else is one plain-text posting. */
export function isJsonLines(raw: string): boolean {
  const first = raw.split('\n').find((l) => l.trim() !== '');
  if (!first || !first.trim().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// A first line that reads as a job title: short, not a sentence, not a section heading or list item.
const NOT_A_TITLE = /[。；;！!？?]$|^(?:[-*•·]|\d+[.、)]|[（(]\d|[一二三四五六七八九十]+、)|职责|要求|描述|内容|资格|responsibilit|requirement|qualification|about|description|what you/i;

/** The posting's first line when it looks like its title (plain-text input has no separate title). */
export function guessTitle(text: string): string | undefined {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim();
  if (!first || first.length > 60 || NOT_A_TITLE.test(first.replace(/[：:]$/, ''))) return undefined;
  return first;
}

export function parseInput(raw: string, fileLabel: string): { items: InputItem[]; problems: InputProblem[] } {
  const text = raw.replace(/^\ufeff/, '');
  if (!isJsonLines(text)) {
    const title = guessTitle(text);
    return { items: [{ id: fileLabel, text, ...(title ? { title } : {}) }], problems: [] };
  }
  const items: InputItem[] = [];
  const problems: InputProblem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ line: lineNo, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = JsonlItemSchema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => (i.path.length ? `"${i.path.join('.')}" ${i.message}` : i.message));
      problems.push({ line: lineNo, message: `needs {"id": string, "title"?: string, "text": string}: ${fields.join('; ')}` });
      return;
    }
    items.push(parsed.data);
  });
  return { items, problems };
}
