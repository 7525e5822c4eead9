/**
 * The production server under test (scripts/serve.ts, what `npm start` runs) on a database of the
 * caller's, waited for, and always stopped: on success, on error and on Ctrl-C. It runs in its own
 * process group so that stopping it also stops the children Next starts, and nothing else on the
 * machine. Shared by the benchmark and the reliability tests (load, crash, fuzz).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { killGroup, runCommand, track } from './child';

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const READY_TIMEOUT_MS = 120_000;
const LOG_LINES = 40;

/** `next build` in the current directory, against the database copy so a build-time read never touches the source. */
export function buildApp(databasePath: string): Promise<void> {
  return runCommand(process.execPath, [NEXT_BIN, 'build'], {
    env: { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: 'production' },
  });
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface Server {
  url: string;
  pid: number;
  /** SIGTERM, then SIGKILL after 15 s; resolves when it has exited. */
  stop(): Promise<void>;
  /** Sends a signal to the server's process group and resolves when it has exited (SIGKILL: at once). */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its last lines of output (JSON log lines), to say why it failed. */
  output(): string[];
}

/** Starts the production server (scripts/serve.ts) and resolves once it answers any HTTP request. */
export async function startServer(port: number, databasePath: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  if (await portInUse(port)) throw new Error(`port ${port} is already in use; choose another with --port`);
  const env = { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: 'production' as const, PORT: String(port), ...extraEnv };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (!pid) throw new Error('the server did not start');
  const untrack = track(pid);

  // The last lines of its output, to say why it died if it does.
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split('\n').filter(Boolean));
    log.splice(0, Math.max(0, log.length - LOG_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: string | null = null;
  const gone = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = signal ?? `exit ${code}`;
      untrack();
      resolve({ code, signal });
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  };
  const kill = (signal: NodeJS.Signals) => {
    if (!exited) killGroup(pid, signal);
    return gone;
  };
  const output = () => [...log];

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`the server stopped (${exited}) before answering:\n${log.join('\n')}`);
    try {
      await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2000) });
      return { url, pid, stop, kill, output };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${log.join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
