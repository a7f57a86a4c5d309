/** Setup file of every Vitest project: the folders scratch-folders.ts made for a test file go when it ends. */
import { afterAll } from "vitest";
import { removeScratchFolders } from "./scratch-folders.ts";

afterAll(removeScratchFolders);
