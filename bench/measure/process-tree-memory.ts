import fs from 'node:fs';
import type { MemoryFigures } from './results.ts';

/**
 * The parent pid in the text of /proc/<pid>/stat. The command name in parentheses may itself hold
 * spaces and parentheses, so fields are counted after the last ')'.
 */
export function parentPid(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After ") " come the state, then the parent pid.
  const ppid = Number(stat.slice(close + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** The root and every process below it, given each process's parent. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** A `VmRSS:`/`VmHWM:` figure of /proc/<pid>/status in bytes; 0 when absent (zombies, kernel threads). */
export function statusBytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // The process ended between listing /proc and reading it.
    return undefined;
  }
}

/** Every live process's parent. /proc/<pid>/task/<tid>/children is not available on every kernel, so /proc is scanned. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const ppid = stat === undefined ? undefined : parentPid(stat);
    if (ppid !== undefined) parents.set(Number(name), ppid);
  }
  return parents;
}

export interface TreeWatch {
  stop(): MemoryFigures;
}

/**
 * Samples the resident memory of a process and all its descendants until stopped. The tree is
 * found afresh on each sample because the build starts helpers (esbuild, git, the Pagefind binary)
 * that live only for part of it.
 */
export function watchProcessTree(root: number, intervalMs = 100): TreeWatch {
  let peak = 0;
  const processPeaks = new Map<number, number>();
  const sample = () => {
    let total = 0;
    for (const pid of descendantsOf(root, processParents())) {
      const status = read(`/proc/${pid}/status`);
      if (status === undefined) continue;
      total += statusBytes(status, 'VmRSS');
      processPeaks.set(pid, Math.max(processPeaks.get(pid) ?? 0, statusBytes(status, 'VmHWM')));
    }
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      let sum = 0;
      for (const bytes of processPeaks.values()) sum += bytes;
      return { peakRssBytes: peak, sumOfProcessPeaksBytes: sum };
    },
  };
}
