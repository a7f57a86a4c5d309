// Eleventy ships no type declarations; this covers the programmatic API the project uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    source?: "cli" | "script";
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}
