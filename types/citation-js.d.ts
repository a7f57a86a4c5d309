// The part of citation-js 0.8 (CommonJS, untyped) the site uses.
declare module "@citation-js/core" {
  export type CslRecord = Record<string, unknown> & { id: string; type: string };
  export class Cite {
    constructor(data: CslRecord | CslRecord[]);
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang: string }): string;
  }
  interface CslConfig {
    styles: { add(name: string, style: unknown): void; has(name: string): boolean };
  }
  export const plugins: {
    config: {
      get(name: "@csl"): CslConfig;
    };
  };
}
declare module "@citation-js/plugin-csl";
