/** What every command-line entry point shares: argument parsing with --help, and one-line failures. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/open';

export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O) {
  try {
    const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true });
    if ((values as { help?: boolean }).help) {
      console.log(usage.trim());
      process.exit(0);
    }
    return values;
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
