/**
 * Resident memory of a process and all its descendants, read from /proc.
 * The pipeline runs child programs (Pagefind's indexer is a separate binary),
 * so the memory of one Node process alone would under-report.
 */
import { readdirSync, readFileSync } from "node:fs";

const PAGE_BYTES = 4096;

/** Sum of RSS, in bytes, of `root` and every process below it; 0 when /proc is unreadable. */
export function treeRssBytes(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    parent.set(Number(name), Number(fields[1]));
    rss.set(Number(name), Number(fields[21]) * PAGE_BYTES);
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 0; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
