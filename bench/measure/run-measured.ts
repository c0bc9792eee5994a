import { spawn } from 'node:child_process';
import type { TimedLine } from './phases.ts';
import { watchProcessTree } from './process-tree-memory.ts';
import type { MemoryFigures } from './results.ts';

export interface MeasuredRun extends MemoryFigures {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Spawn to exit, wall clock. */
  ms: number;
  /** Lines kept by `keepLine`, stamped with their arrival time. */
  lines: TimedLine[];
  /** The last kept lines, to explain a failure. */
  tail: string[];
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Builds of 100,000 questions print a line per page; only lines worth keeping are held in memory. */
  keepLine?: (text: string) => boolean;
  onLine?: (text: string) => void;
}

const TAIL = 40;

/** Runs a command to completion, timing it, stamping its output lines and watching its process tree's memory. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) {
      child.on('error', reject);
      return;
    }
    const watch = watchProcessTree(child.pid);
    const lines: TimedLine[] = [];
    const tail: string[] = [];
    const reader = () => {
      let partial = '';
      return (chunk: Buffer) => {
        // Stamped on arrival: with pipes, Node children write synchronously, so arrival is when the line was logged.
        const ms = performance.now() - started;
        const parts = (partial + chunk.toString('utf8')).split('\n');
        partial = parts.pop() ?? '';
        for (const text of parts) {
          options.onLine?.(text);
          if (!(options.keepLine?.(text) ?? true)) continue;
          lines.push({ ms, text });
          tail.push(text);
          if (tail.length > TAIL) tail.shift();
        }
      };
    };
    child.stdout.on('data', reader());
    child.stderr.on('data', reader());
    let exited: { code: number | null; signal: NodeJS.Signals | null; ms: number } | undefined;
    child.on('exit', (code, signal) => {
      exited = { code, signal, ms: performance.now() - started };
    });
    child.on('error', (error) => {
      watch.stop();
      reject(error);
    });
    // 'close' comes after the last output has been read; the time is taken at 'exit'.
    child.on('close', (code, signal) => {
      const memory = watch.stop();
      resolve({
        exitCode: exited?.code ?? code,
        signal: exited?.signal ?? signal,
        ms: exited?.ms ?? performance.now() - started,
        lines,
        tail,
        ...memory,
      });
    });
  });
}
