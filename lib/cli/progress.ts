/**
 * What `npm run build` shows while it runs. On a terminal, one line redrawn
 * in place (log-update): the stage and how far it has got, as in
 * `rendering claims 4,200/10,000`; each finished stage stays above it with
 * its time. In CI (`CI` set) or when the output is not a terminal, plain
 * lines instead, one per finished stage: no escape codes in a log file.
 */
import { createLogUpdate } from "log-update";

export interface BuildDisplay {
  onStage(event: "start" | "end", stage: string): void;
  onProgress(what: string, done: number, total?: number): void;
  /** Prints a line (a diagnostic, the result) without breaking the live line. */
  log(line: string): void;
  /** Ends the live line. */
  close(): void;
}

/** Where the display writes: a terminal only when `isTTY`. */
export interface DisplayStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Redraws at most this often: a terminal is slow, and 10,000 redraws would cost more than the work. */
const REDRAW_MS = 100;

const count = (n: number) => n.toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** True where the live line can be drawn: `stream` and standard output are terminals and this is not CI. */
export function interactive(stream: DisplayStream, stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return stream.isTTY === true && stdoutIsTTY && !env.CI;
}

export function buildDisplay(stream: DisplayStream, live: boolean): BuildDisplay {
  const started = new Map<string, number>();
  let current = "";
  let counted = "";
  let lastDraw = 0;
  const line = (stage: string) => `${stage}${counted ? ` (${counted})` : ""}: ${seconds(performance.now() - (started.get(stage) ?? performance.now()))}`;
  if (!live) {
    return {
      onStage: (event, stage) => {
        if (event === "start") {
          started.set(stage, performance.now());
          counted = "";
        } else stream.write(`${line(stage)}\n`);
      },
      onProgress: (what, done, total) => {
        counted = `${what} ${count(done)}${total === undefined ? "" : `/${count(total)}`}`;
      },
      log: (text) => stream.write(`${text}\n`),
      close: () => {},
    };
  }
  const update = createLogUpdate(stream as NodeJS.WritableStream);
  const draw = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    update(`${current}${counted ? ` · ${counted}` : ""} · ${seconds(now - (started.get(current) ?? now))}`);
  };
  return {
    onStage: (event, stage) => {
      if (event === "start") {
        started.set(stage, performance.now());
        current = stage;
        counted = "";
        draw(true);
      } else update.persist(line(stage));
    },
    onProgress: (what, done, total) => {
      counted = `${what} ${count(done)}${total === undefined ? "" : `/${count(total)}`}`;
      draw(false);
    },
    log: (text) => update.persist(text),
    close: () => update.clear(),
  };
}
