// The part of citation-js 0.8 (CommonJS, untyped) the site uses.
declare module "@citation-js/core" {
  export interface CslDate {
    "date-parts": number[][];
  }
  export type CslRecord = Record<string, unknown> & { id: string; type: string };
  export class Cite {
    constructor(data: CslRecord | CslRecord[]);
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang: string }): string;
    format(format: "bibtex" | "ris"): string;
  }
  interface CslConfig {
    styles: { add(name: string, style: unknown): void; has(name: string): boolean };
  }
  export const plugins: {
    config: {
      get(name: "@csl"): CslConfig;
      get(name: "@bibtex"): { format: { checkLabel: boolean } };
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
