// CPU time of another process from its own counters (Linux /proc/<pid>/stat: utime + stime), so the
// bench can report CPU per request: steadier than throughput on a shared machine.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

let ticksPerSecond;

/** The CPU seconds (user + system) the process has used so far; null where /proc is missing. */
export function cpuSeconds(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  return (Number(velden[11]) + Number(velden[12])) / ticksPerSecond; // fields 14 and 15 of stat(5)
}
