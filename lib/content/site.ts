/** Site settings from data/site.yaml, with environment overrides for deployments and tests. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const siteSchema = z.strictObject({
  title: z.string().min(1),
  tagline: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  pathPrefix: z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/),
  language: z.string().min(2),
  publisher: z.strictObject({ name: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }),
  repository: z.url({ protocol: /^https?$/ }),
});

export type Site = z.infer<typeof siteSchema>;

export const SITE_FILE = "data/site.yaml";

/** Reads the site settings; `SITE_URL` and `PATH_PREFIX` override the file. */
export async function loadSite(root: string, env: NodeJS.ProcessEnv = process.env): Promise<Site> {
  const data = parse(await readFile(path.join(root, SITE_FILE), "utf8")) as Record<string, unknown>;
  if (env.SITE_URL) data.url = env.SITE_URL;
  if (env.PATH_PREFIX) data.pathPrefix = env.PATH_PREFIX;
  const site = siteSchema.parse(data);
  return { ...site, url: site.url.replace(/\/+$/, "") };
}
