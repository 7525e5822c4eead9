/** What every command-line entry point shares: argument parsing with --help, and one-line failures. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/open';

export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O) {
  return parseCliWithPositionals(usage, options, false).values;
}

/** As parseCli, for a command that also takes plain arguments (a file to restore). */
export function parseCliWithPositionals<O extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: O,
  allowPositionals = true,
) {
  try {
    const parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage.trim());
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage.trim()}`);
    process.exit(2);
  }
}

/** Runs a command; a known failure prints one line, never a stack trace. */
export async function runCli(name: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = error instanceof DatabaseOpenError ? error.message : (error as Error).message;
    console.error(`${name}: ${message}`);
    process.exit(1);
  }
}
