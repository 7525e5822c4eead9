import { z } from 'zod';
import { loadAuthSecret } from '../db/auth-secret';
import { databasePath, openDatabase } from '../db/open';
import { createAuth, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../lib/auth/create-auth';
import { USER_ROLES, type UserRole } from '../lib/domain/codes';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run user:add -- --email E --name N --role R

Creates an account that can sign in at /login. The password is read from the first line of
standard input (${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters), never from the arguments; typed at a terminal it is not shown.

  --email E   the address the person signs in with
  --name N    the name shown to others, e.g. 王工
  --role R    admin (users and organisations), staff (all records) or expert (panel verdicts)

Example:
  printf '%s\\n' 'a long pass phrase' | npm run user:add -- --email wang@bureau.example --name 王工 --role staff

The database is data/heritage.db unless DATABASE_PATH is set.
`;

/** A refusal the person can act on: one line naming the field, exit status 2. */
function refuse(message: string): never {
  console.error(`user:add: ${message}\nRun \`npm run user:add -- --help\` for usage.`);
  process.exit(2);
}

/** The first line of standard input; at a terminal, asked for without echo. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    process.stderr.write('Password: ');
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    return new Promise((resolve) => {
      let typed = '';
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\u0003') process.exit(130); // Ctrl-C
          if (char === '\r' || char === '\n' || char === '\u0004') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stderr.write('\n');
            resolve(typed);
            return;
          }
          typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
        }
      };
      stdin.on('data', onData);
    });
  }
  let input = '';
  for await (const chunk of stdin) {
    input += chunk;
    if (input.includes('\n')) break;
  }
  return input.split(/\r?\n/)[0] ?? '';
}

const values = parseCli(usage, { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } });

runCli('user:add', async () => {
  const email = values.email?.trim().toLowerCase() ?? '';
  const name = values.name?.trim() ?? '';
  const role = values.role?.trim() ?? '';
  if (!email) refuse('--email: required');
  if (!z.email().safeParse(email).success) refuse(`--email: "${values.email}" is not a valid e-mail address`);
  if (!name) refuse('--name: required');
  if ([...name].length > 100) refuse('--name: at most 100 characters');
  if (!role) refuse(`--role: required, one of ${USER_ROLES.join(', ')}`);
  if (!(USER_ROLES as readonly string[]).includes(role)) refuse(`--role: "${role}" is not a role; use one of ${USER_ROLES.join(', ')}`);

  const password = await readPassword();
  if (!password) refuse('password: none on standard input (give it as the first line)');
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) refuse(`password: at least ${MIN_PASSWORD_LENGTH} characters (got ${length})`);
  if (length > MAX_PASSWORD_LENGTH) refuse(`password: at most ${MAX_PASSWORD_LENGTH} characters (got ${length})`);

  const file = databasePath();
  const { db, sqlite } = openDatabase(file);
  try {
    // The same configuration as the server, so the password is hashed exactly as sign-in checks it.
    const auth = createAuth({ db, secret: loadAuthSecret(file), baseURL: 'http://localhost' });
    const taken = await (await auth.$context).internalAdapter.findUserByEmail(email);
    if (taken) throw new Error(`an account with the e-mail ${email} already exists`);
    await auth.api.createUser({ body: { email, name, password, role: role as UserRole } });
  } finally {
    sqlite.close();
  }
  console.log(`user:add: created ${role} account ${email} (${name}) in ${file}`);
});
