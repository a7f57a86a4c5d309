// Eleventy ships no type declarations; this covers the programmatic API the project uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    source?: "cli" | "script";
    quietMode?: boolean;
    /** False: read no config file. */
    configPath?: string | false;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
    /** The configuration callback, given Eleventy's (untyped) config API; a method, so callers may type its parameter. */
    config?(eleventyConfig: unknown): unknown;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** The passthrough copies, then every page written: its template and output file. */
    write(): Promise<[unknown, { inputPath: string; outputPath: string | false }[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}
