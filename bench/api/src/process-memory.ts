// Resident memory of another process, from /proc (Linux).
import { readFileSync } from 'node:fs';

export interface MemoryReading {
  rssMiB: number;
  /** Peak resident memory since the process started (VmHWM). */
  peakMiB: number;
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]);
}

export function readMemory(pid: number): MemoryReading | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      rssMiB: kilobytes(status, 'VmRSS') / 1024,
      peakMiB: kilobytes(status, 'VmHWM') / 1024,
    };
  } catch {
    return undefined;
  }
}
