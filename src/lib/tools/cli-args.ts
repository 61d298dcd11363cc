/**
 * Reads a tool's command-line options the same way in every tool (new, import, check, serve):
 * --help prints the usage; a wrong option or a missing value is one line in the press officer's
 * language followed by the usage, never a Node stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { say, type MessageKey } from '../../i18n/messages.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
export type CliResult<T> = { values: T; positionals: string[] } | { exitCode: 0 | 2; text: string };

/** Parses `args`; on --help or a mistake returns the text to print and the exit code instead. */
export function parseCli<T = Record<string, string | boolean | undefined>>(
  args: string[], options: Options, usage: MessageKey, allowPositionals = false,
): CliResult<T> {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    if (values.help) return { exitCode: 0, text: say(usage) };
    return { values: values as T, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node names the option in its own message; keep just that name for ours.
    const option = /'([^']+)'/.exec((error as Error).message)?.[1]?.split(/[ ,]/)[0] ?? args.join(' ');
    const key: MessageKey = code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? 'cli.extraArgument' : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? 'cli.badValue' : 'cli.unknownOption';
    return { exitCode: 2, text: `${say(key, { option })}\n${say(usage)}` };
  }
}

/** parseCli for a script: prints and exits on --help or a mistake. */
export function readCli<T = Record<string, string | boolean | undefined>>(options: Options, usage: MessageKey, allowPositionals = false): { values: T; positionals: string[] } {
  const result = parseCli<T>(process.argv.slice(2), options, usage, allowPositionals);
  if ('exitCode' in result) {
    (result.exitCode ? console.error : console.log)(result.text);
    process.exit(result.exitCode);
  }
  return result;
}

/** A TCP port from an option's text, or undefined when it is not a whole number 1..65535. */
export function portOf(text: string): number | undefined {
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return n >= 1 && n <= 65535 ? n : undefined;
}
