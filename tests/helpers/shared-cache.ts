/**
 * The build cache of the shared build, opened for tests that run an output
 * step themselves. Every key is content-addressed, so one cache folder serves
 * every test of a run, whatever site it builds.
 */
import { inject } from "vitest";
import { BuildCache } from "../../lib/site/build-cache.ts";

export const sharedCache = (): Promise<BuildCache> => BuildCache.open(inject("buildCache"), process.cwd());
