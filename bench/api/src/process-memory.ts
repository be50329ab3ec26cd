// Resident memory of another process, from /proc (Linux).
import { readFileSync, writeFileSync } from 'node:fs';

export interface MemoryReading {
  rssMiB: number;
  /** Peak resident memory since start or since the last resetPeak. */
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

/** Starts a new peak (VmHWM) for the process; false where the kernel does not allow it. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples RSS every interval, so a peak is seen even where VmHWM cannot be reset. */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  maxRssMiB = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 200,
  ) {}

  start(): void {
    this.maxRssMiB = 0;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
    return this.maxRssMiB;
  }

  private sample(): void {
    const reading = readMemory(this.pid);
    if (reading && reading.rssMiB > this.maxRssMiB) this.maxRssMiB = reading.rssMiB;
  }
}
