/**
 * The server's resident memory: VmRSS of the process started and of every process under it (`next
 * start` may run the server in a child), read from /proc. Pages shared between them count once per
 * process, so the sum is an upper bound, which is the safe side for a limit.
 */
import fs from 'node:fs';

/** The root and every descendant, given each process's parent. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    if (tree.includes(pid)) continue;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The parent pid in /proc/<pid>/stat, read after the command name, which may itself hold spaces and parentheses. */
export function parentFromStat(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : null;
}

function readParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = parentFromStat(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (parent !== null) parents.set(Number(entry), parent);
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function serverRss(root: number): { mb: number; processes: number } {
  const tree = processTree(root, readParents());
  const kb = tree.reduce((sum, pid) => sum + rssKb(pid), 0);
  return { mb: Math.round((kb / 1024) * 10) / 10, processes: tree.length };
}
