// Starts a command from a bundle of its TypeScript, cached under node_modules/.cache.
// Node's start-up through tsx's loader costs more than `npm run check` itself (about 1.2 s
// against 0.5 s), and contributors run the check often. The bundle is rebuilt whenever a
// TypeScript file under lib/ or package-lock.json is newer than it, so it is never stale.
// Usage: node lib/cli/launch.mjs <command> [args…]   (runs lib/cli/<command>.ts)
import { mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

const [command] = process.argv.splice(2, 1);
if (!command || !/^[a-z-]+$/.test(command)) {
  process.stderr.write("usage: node lib/cli/launch.mjs <command> [args…]\n");
  process.exit(2);
}

const entry = path.join("lib", "cli", `${command}.ts`);
const bundle = path.join("node_modules", ".cache", "factcheck-cli", `${command}.mjs`);

function newestSource() {
  let newest = statSync("package-lock.json").mtimeMs;
  for (const entryInfo of readdirSync("lib", { recursive: true, withFileTypes: true })) {
    if (entryInfo.isFile() && entryInfo.name.endsWith(".ts")) {
      newest = Math.max(newest, statSync(path.join(entryInfo.parentPath, entryInfo.name)).mtimeMs);
    }
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -Infinity;
  }
}

if (bundleTime() < newestSource()) {
  mkdirSync(path.dirname(bundle), { recursive: true });
  // Write aside and rename, so two runs at once never load a half-written bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "error",
  });
  renameSync(partial, bundle);
}

await import(pathToFileURL(path.resolve(bundle)).href);
