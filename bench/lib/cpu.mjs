// CPU time a process and its descendants have used so far (user + system, in ms), from /proc on
// Linux; null elsewhere. The descendants count because an edge with WEB_CONCURRENCY > 1 (and the
// baseline with WORKERS > 1) serves from cluster workers, children of the process started.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux Node supports

export function cpuMs(pid) {
  if (!pid || process.platform !== 'linux') return null;
  const own = ownCpuMs(pid);
  if (own === null) return null;
  return own + children(pid).reduce((sum, child) => sum + (cpuMs(child) ?? 0), 0);
}

function ownCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime is the 14th
    // field of the line, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The live child processes of `pid` (every thread's children file). */
function children(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
          .split(' ')
          .filter(Boolean)
          .map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}
