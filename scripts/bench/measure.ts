/**
 * Runs a job in a fresh process and measures it: the child reports its stage
 * boundaries (stage-child.ts) and the parent samples the resident memory of
 * the child's whole process tree every 50 ms while each stage runs.
 */
import { spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { StageMessage } from "./stage-child.ts";
import { treeRssBytes } from "./process-tree.ts";

export interface StageMeasurement {
  readonly seconds: number;
  /** Highest RSS of the process tree sampled during the stage (every 50 ms and at both ends). */
  readonly peakRssMb: number;
}

const SAMPLE_MS = 50;
const MB = 1024 * 1024;

interface Sampler {
  readonly peakSince: () => number;
  readonly reset: () => void;
  readonly stop: () => void;
}

function sampleTree(pid: number): Sampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    peakSince: () => {
      sample();
      return peak;
    },
    reset: () => {
      sample();
      peak = 0;
      sample();
    },
    stop: () => clearInterval(timer),
  };
}

export interface MeasuredRun {
  /** Each stage's time and memory, in the order they ran. */
  readonly stages: Map<string, StageMeasurement>;
  /** The Node process's own exact high-water RSS over the whole run (getrusage), without its children. */
  readonly nodeMaxRssMb: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median time and the median peak memory of one stage over several runs. */
export function medianStage(runs: readonly StageMeasurement[]): StageMeasurement {
  return { seconds: median(runs.map((r) => r.seconds)), peakRssMb: median(runs.map((r) => r.peakRssMb)) };
}

/** Each stage's median over runs of the same job (the stages of the first run, in its order). */
export function medianRun(runs: readonly MeasuredRun[]): MeasuredRun {
  const stages = new Map<string, StageMeasurement>();
  for (const name of runs[0]!.stages.keys()) stages.set(name, medianStage(runs.map((r) => r.stages.get(name)!)));
  return { stages, nodeMaxRssMb: median(runs.map((r) => r.nodeMaxRssMb)) };
}

/** Runs `stage-child.ts` with `args` in a fresh process and measures each stage it reports. */
export function measureStages(args: readonly string[], cwd: string): Promise<MeasuredRun> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "bench", "stage-child.ts"), ...args], {
    cwd,
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  const sampler = sampleTree(child.pid!);
  const stages = new Map<string, StageMeasurement>();
  const starts = new Map<string, number>();
  let nodeMaxRssKb = 0;
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on("message", (raw) => {
    const message = raw as StageMessage;
    nodeMaxRssKb = Math.max(nodeMaxRssKb, message.maxRssKb);
    if (message.event === "start") {
      sampler.reset();
      starts.set(message.stage, message.at);
      return;
    }
    stages.set(message.stage, {
      seconds: (message.at - (starts.get(message.stage) ?? message.at)) / 1000,
      peakRssMb: sampler.peakSince() / MB,
    });
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      sampler.stop();
      if (code === 0) resolve({ stages, nodeMaxRssMb: (nodeMaxRssKb * 1024) / MB });
      else reject(new Error(`${args[0]} failed (exit ${code}):\n${stderr.slice(-4000)}`));
    });
  });
}

/** Runs any program as one stage: wall time from spawn to exit, tree memory sampled. */
export function measureProgram(command: string, args: readonly string[]): Promise<StageMeasurement> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  const sampler = sampleTree(child.pid!);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const peak = sampler.peakSince();
      sampler.stop();
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak / MB });
      else reject(new Error(`${command} failed (exit ${code}):\n${stderr.slice(-4000)}`));
    });
  });
}

/** Number of files under `dir` and their total size. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
