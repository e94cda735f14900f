// Command-line arguments, validated with Zod so a typo gets a clear message instead of a default.
import { z } from 'zod';

export const CliArgsSchema = z.object({
  format: z.enum(['text', 'json', 'jsonl']).default('text'),
  unit: z.enum(['posting', 'line']).default('posting'),
  lang: z.enum(['zh', 'en']).optional(),
  file: z.string().default('-'),
  title: z.string().optional(),
  help: z.boolean().default(false),
});
export type CliArgs = z.infer<typeof CliArgsSchema>;

export const USAGE = `Usage: npm run analyze -- [--format text|json|jsonl] [--unit posting|line] [--lang zh|en] [--title T] [FILE|-]

Reads one posting as plain text, or JSON Lines of {"id", "title"?, "text"} (detected automatically),
from FILE or standard input, and prints the Role Lens analysis.
  --format   text (a readable report, default), json (one JSON document), jsonl (one line per item)
  --unit     posting (split into sections and duty lines, default) or line (each text is one duty line)
  --lang     language of the report and of the postings (default: detected)
  --title    the posting's title (plain text: default is its first line when that reads as a title)`;

export class CliError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const raw: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') raw.help = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (!['format', 'unit', 'lang', 'title'].includes(name)) throw new CliError(`unknown option --${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value`);
      raw[name] = value;
    } else positional.push(arg);
  }
  if (positional.length > 1) throw new CliError(`expected at most one FILE, got: ${positional.join(' ')}`);
  if (positional[0] !== undefined) raw.file = positional[0];
  const parsed = CliArgsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}
