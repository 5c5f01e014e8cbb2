/**
 * The command line of every `npm run` command: `--help` (or `-h`) prints the usage and exits 0; a usage
 * error (an unknown option, a missing value) prints one line and the usage and exits 2, never a stack trace.
 */
import { ContentFolderError } from '../corpus/content-dirs.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Whether `args` ask for help (before any `--`, after which everything is a value). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Prints the usage and exits 0 when help is asked for. */
export function answerHelp(usage: string, args: readonly string[] = process.argv.slice(2)): void {
  if (!wantsHelp(args)) return;
  console.log(usage);
  process.exit(0);
}

export function usageError(usage: string, message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** `parseArgs` over the process's arguments, with `--help` answered and usage errors reported as such. */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T) {
  answerHelp(usage, config.args ?? process.argv.slice(2));
  try {
    return parseArgs(config);
  } catch (error) {
    return usageError(usage, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Runs `task`; a content folder that is missing or holds no sources (`ContentFolderError`) is reported in one
 * line with exit 2, as `npm run check` reports it, never as a stack trace.
 */
export async function withContentFolder<T>(command: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (!(error instanceof ContentFolderError)) throw error;
    console.error(`${command}: ${error.message}`);
    process.exit(2);
  }
}
