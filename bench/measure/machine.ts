import fs from 'node:fs';
import os from 'node:os';
import type { Machine } from './results.ts';

/** The machine a result was measured on; figures from different machines are not comparable. */
export function machineInfo(now = new Date()): Machine {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    os: `${distribution() ?? os.type()} (${os.type()} ${os.release()} ${os.arch()})`,
    date: now.toISOString(),
  };
}

function distribution(): string | undefined {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}
