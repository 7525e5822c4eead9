/**
 * The key that signs session cookies. BETTER_AUTH_SECRET wins when set; otherwise a random key is
 * made on first use and kept beside the database (file `auth-secret`, mode 600), so a fresh install
 * needs no set-up step and the key travels with the data it protects. Not server-only: the
 * command-line scripts use it too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureFolder } from './ensure-folder';
import { databasePath } from './open';

export const AUTH_SECRET_FILE = 'auth-secret';

export function authSecretPath(databaseFile = databasePath()): string {
  return path.join(path.dirname(databaseFile), AUTH_SECRET_FILE);
}

function readSecret(file: string): string | null {
  try {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new Error(`the auth secret in ${file} is shorter than 32 characters; delete the file to make a new one`);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((error as NodeJS.ErrnoException).code) throw new Error(`cannot read the auth secret at ${file}: ${(error as Error).message}`);
    throw error;
  }
}

/** Reads the secret, creating it when missing. Two processes starting at once agree on one key. */
export function loadAuthSecret(databaseFile = databasePath()): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;

  const file = authSecretPath(databaseFile);
  const existing = readSecret(file);
  if (existing) return existing;

  ensureFolder(path.dirname(file));
  // Written whole to a private temporary file, then linked into place: link() fails when another
  // process won the race, and nobody ever reads a half-written key.
  const secret = crypto.randomBytes(32).toString('base64url');
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temporary, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = readSecret(file);
    if (!winner) throw new Error(`the auth secret at ${file} vanished while it was being created`);
    return winner;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
