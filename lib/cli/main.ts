// `npm run analyze -- [--format text|json|jsonl] [--unit posting|line] [--lang zh|en] [FILE|-]`
// The thin shell around lib/analysis: read, validate, analyse, print. Errors are messages, never stack traces.
import { readFileSync } from 'node:fs';
import { analyzePosting } from '../analysis';
import { AnalysisResultSchema } from '../analysis/schema';
import { CliError, parseArgs, USAGE } from './args';
import { parseInput } from './input';
import { formatTextReport } from './report';

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`cannot read ${file === '-' ? 'standard input' : file}: ${why}`);
  }
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, isTty = false): number {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      out(USAGE);
      return 0;
    }
    const raw = readInput(args.file);
    if (raw.trim() === '') throw new CliError(`the input ${args.file === '-' ? '(standard input)' : args.file} is empty`);
    const { items, problems } = parseInput(raw, args.file === '-' ? 'stdin' : args.file);
    for (const p of problems) err(`line ${p.line}: ${p.message} (skipped)`);

    const results = items.map((item) => {
      const title = args.title ?? item.title;
      const result = AnalysisResultSchema.parse(analyzePosting({ ...(title !== undefined ? { title } : {}), text: item.text }, { lang: args.lang, unit: args.unit }));
      return { id: item.id, result };
    });
    if (args.format === 'jsonl') {
      for (const { id, result } of results) out(JSON.stringify({ id, ...result }));
    } else if (args.format === 'json') {
      out(JSON.stringify(results.length === 1 && problems.length === 0 ? results[0]!.result : results.map(({ id, result }) => ({ id, ...result })), null, 2));
    } else {
      out(results.map(({ id, result }) => formatTextReport(result, args.lang ?? result.lang, { color: isTty }, id)).join('\n\n' + '─'.repeat(40) + '\n\n'));
    }
    if (items.length === 0) throw new CliError('no valid item in the input');
    return problems.length ? 1 : 0;
  } catch (error) {
    if (error instanceof CliError) {
      err(`role-lens: ${error.message}`);
      err('Try --help for usage.');
      return 2;
    }
    err(`role-lens: internal error: ${(error as Error).message}`);
    return 3;
  }
}

// Run only when executed, not when imported by tests.
if (process.argv[1] && /lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'), Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
}
