/**
 * The registry of diagnostic codes. Every code the loader can emit is declared
 * once, with its severity, what it means, the default hint and an example of
 * input that triggers it (see CodeSpec), in one of three groups: reading a
 * file and its fields, references between files, and the checker's other
 * rules. CONTRIBUTING.md's list is generated from this, in this order.
 */
import { fileCodes } from "./codes-files.ts";
import { referenceCodes } from "./codes-references.ts";
import { ruleCodes } from "./codes-rules.ts";

export const diagnosticCodes = { ...fileCodes, ...referenceCodes, ...ruleCodes };

export type DiagnosticCode = keyof typeof diagnosticCodes;
