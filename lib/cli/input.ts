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

export function parseInput(raw: string, fileLabel: string): { items: InputItem[]; problems: InputProblem[] } {
  const text = raw.replace(/^\ufeff/, '');
  if (!isJsonLines(text)) {
    return { items: [{ id: fileLabel, text }], problems: [] };
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
