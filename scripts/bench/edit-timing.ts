/**
 * What a contributor waits for while `npm start` runs: with the claim's page
 * open in Chromium, edits the claim's summary and times until the page shows
 * the new text (the dev server reloads it when its build has finished). Runs
 * the same command as `npm start`, with the content folder and output
 * pointed at temporary folders.
 */
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { OUTPUTS_FAILED, OUTPUTS_WRITTEN } from "../../lib/eleventy/configure.ts";
import { launchChromium } from "../../lib/harness/chromium.ts";

export interface EditMeasurement {
  /** From writing the file to the open page showing the new text. */
  readonly ms: number[];
  /** From starting the server to the first full build being served. */
  readonly firstBuildMs: number;
}

const PORT = 8791;

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(url: string, test: (text: string) => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await fetchText(url);
    if (text !== undefined && test(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${url}`);
}

/** Starts the dev server on `content`, then edits claim `claimId` `edits` times. */
export async function measureEdits(repo: string, content: string, output: string, claimId: string, edits = 3): Promise<EditMeasurement> {
  const started = performance.now();
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--serve", "--quiet", `--port=${PORT}`, `--output=${output}`],
    { cwd: repo, env: { ...process.env, FACTCHECK_ROOT: content }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let stderr = "";
  server.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let stdout = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const written = () => stdout.split(OUTPUTS_WRITTEN).length - 1;
  /** Resolves once the server has written the outputs of a build after the `before`th (it does so after serving the build's pages). */
  const outputsWritten = async (before: number) => {
    const deadline = Date.now() + 900_000;
    while (written() <= before) {
      if (stderr.includes(OUTPUTS_FAILED) || Date.now() > deadline) throw new Error(`the dev server did not write its outputs:\n${stderr.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const url = `http://localhost:${PORT}/claims/${claimId}/`;
  try {
    await waitFor(url, () => true, 600_000);
    const firstBuildMs = performance.now() - started;
    const file = path.join(content, "claims", `${claimId}.md`);
    const ms: number[] = [];
    const browser = await launchChromium({ browser: "reader" });
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      let lastBuild = 0;
      for (let i = 1; i <= edits; i++) {
        // Edit an idle server: the previous build's background outputs (Pagefind, the offline copy) have
        // finished, otherwise the rebuild first waits for them.
        await outputsWritten(lastBuild);
        lastBuild = written();
        const marker = `Edited summary number ${i}`;
        const text = await readFile(file, "utf8");
        const before = performance.now();
        await writeFile(file, text.replace(/^summary: .*$/m, `summary: "${marker}."`));
        await page.waitForFunction((m) => document.body?.textContent?.includes(m) ?? false, marker, { timeout: 600_000, polling: 25 });
        ms.push(performance.now() - before);
      }
    } finally {
      await browser.close();
    }
    return { ms, firstBuildMs };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr.slice(-4000)}`);
  } finally {
    // The server runs in its own process group, so the group ends with it.
    process.kill(-server.pid!, "SIGTERM");
  }
}
