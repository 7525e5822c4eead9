/**
 * The production build, made only when it is missing or older than the sources, one build at a time.
 * Shared by `npm start` and the test and benchmark runners that start a production server.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'messages'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

/** The public address the build's prerendered pages (e.g. /about) carry in their canonical links. */
const BUILT_FOR = path.join('.next', 'PUBLIC_BASE_URL');

function buildIsStale(publicBaseUrl: string): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  if (!fs.existsSync(BUILT_FOR) || fs.readFileSync(BUILT_FOR, 'utf8') !== publicBaseUrl) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(entry) > built);
}

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');

const BUILD_LOCK = path.join('.next-build.lock');
const LOCK_STALE_MS = 15 * 60_000;

/**
 * Two starts at once (the e2e suite runs two servers) must not build into one .next together:
 * the first takes the lock and builds, the second waits, then finds the build fresh.
 */
function withBuildLock(work: () => void): void {
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock left by a build that died is taken over after a while.
      const since = fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > LOCK_STALE_MS) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** The address the current build was made for, or null when there is no build. */
export function builtFor(): string | null {
  return fs.existsSync(BUILT_FOR) ? fs.readFileSync(BUILT_FOR, 'utf8') : null;
}

/** Builds when the sources changed or the build was made for another public address; true if it built. */
export function ensureBuild(publicBaseUrl: string): boolean {
  let built = false;
  withBuildLock(() => {
    if (!buildIsStale(publicBaseUrl)) return;
    console.log('start: building the app (first start or changed sources)…');
    const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed (see above)');
    fs.writeFileSync(BUILT_FOR, publicBaseUrl);
    built = true;
  });
  return built;
}
