/**
 * Child processes of the benchmark (build, bench:data, user:add, the server). Each runs in a
 * process group of its own so that stopping it stops what it started too; whatever is still
 * running when the benchmark exits, in any way, is killed then.
 */
import { spawn } from 'node:child_process';

const running = new Set<number>();
process.on('exit', () => {
  for (const group of running) killGroup(group, 'SIGKILL');
});

export function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // already gone
  }
}

/** Remembers a started process group until it exits. */
export function track(pid: number): () => void {
  running.add(pid);
  return () => running.delete(pid);
}

/**
 * Runs a command to completion; rejects on a non-zero exit. Its output goes to our standard error,
 * keeping standard output for the table.
 */
export function runCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      detached: true,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', process.stderr, process.stderr],
    });
    const untrack = child.pid ? track(child.pid) : () => {};
    child.stdin?.end(options.input);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      untrack();
      code === 0 ? resolve() : reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
