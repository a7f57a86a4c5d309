/**
 * Finds a Chromium: CHROME_PATH, else the usual install paths, the headless
 * shell first for the tests and a full browser first for the benchmark's
 * timings. Where none exists, browser tests are skipped with this message.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** The browser a reader runs, headless. */
const FULL_BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
/**
 * The headless shell (Chromium's old headless mode, Debian's chromium-headless-shell) is what Playwright runs for
 * headless tests by default: the same Blink and V8 without the browser's own interface. It took about 40% less CPU a
 * page load than `chromium --headless` here (on Chromium 150), and the browser tests are bound by the CPU.
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

const firstInstalled = (candidates: readonly (string | undefined)[]): string | undefined =>
  candidates.find((candidate): candidate is string => candidate !== undefined && candidate !== "" && existsSync(candidate));

/** The browser tests run in: CHROME_PATH, else the headless shell, else a full browser. */
export const chromePath: string | undefined = firstInstalled([process.env.CHROME_PATH, HEADLESS_SHELL, ...FULL_BROWSERS]);
/** The browser the benchmark times what a reader meets in: CHROME_PATH, else a full browser, else the headless shell. */
export const readerChromePath: string | undefined = firstInstalled([process.env.CHROME_PATH, ...FULL_BROWSERS, HEADLESS_SHELL]);

export const SKIP_MESSAGE =
  "no Chromium found (set CHROME_PATH, or install it: apt-get update && apt-get install -y chromium-headless-shell)";

if (!chromePath) console.warn(`Browser tests skipped: ${SKIP_MESSAGE}`);

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** "block" keeps service workers out, to see only what a page itself requests. */
  readonly serviceWorkers?: "allow" | "block";
  /** false: read the site as a reader without JavaScript does. */
  readonly javaScriptEnabled?: boolean;
  /** "reader": the full browser where one is installed (the benchmark's timings), not the tests' headless shell. */
  readonly browser?: "test" | "reader";
}

/** A fresh headless Chromium profile; closed and deleted by `close()`. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executable = options.browser === "reader" ? readerChromePath : chromePath;
  if (!executable) throw new Error(SKIP_MESSAGE);
  const profile = await mkdtemp(path.join(tmpdir(), "factcheck-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    serviceWorkers: options.serviceWorkers ?? "allow",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Playwright's javaScriptEnabled option stops scripts but still hides <noscript>; this turns scripting off for real.
      ...(options.javaScriptEnabled === false ? ["--blink-settings=scriptEnabled=false"] : []),
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
