// The part of nunjucks 3 (untyped) the template tests use; Eleventy runs the same package.
declare module "nunjucks" {
  export class FileSystemLoader {
    constructor(searchPaths: string[]);
  }
  export class Environment {
    constructor(loader: FileSystemLoader, options: { autoescape: boolean; throwOnUndefined?: boolean });
    renderString(source: string, context: object): string;
  }
}
