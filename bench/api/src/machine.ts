// What the numbers were measured on.
import { readFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  loadAverageAtStart: number[];
}

function loadAverage(): number[] {
  try {
    return readFileSync('/proc/loadavg', 'utf8')
      .split(' ')
      .slice(0, 3)
      .map((value) => Number(value));
  } catch {
    return [];
  }
}

export function describeMachine(): Machine {
  const all = cpus();
  return {
    cpuModel: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverageAtStart: loadAverage(),
  };
}
