/**
 * Compiles each Nunjucks template once per environment. Eleventy 3.1 marks
 * Nunjucks as not cacheable, so every page of a paginated template builds a
 * new `Template` and compiles the whole page template again (parse,
 * transform, `new Function`): at 1,000 claims that was most of Eleventy's
 * render time. The compiled code depends only on the source text, its path
 * and the environment, so it is shared between `Template` objects with the
 * same three; an edited template has new text and compiles afresh.
 */

/** The parts of the nunjucks module this uses (the package ships no types). */
export interface NunjucksModule {
  readonly Template: { prototype: NunjucksTemplate };
  readonly compiler: {
    compile(source: string, asyncFilters: unknown, extensions: unknown, name: string | null, options: unknown): string;
  };
}

interface NunjucksEnvironment {
  readonly asyncFilters: unknown;
  readonly extensionsList: unknown;
  readonly opts: unknown;
}

interface NunjucksTemplate {
  env: NunjucksEnvironment;
  tmplStr?: string;
  tmplProps?: unknown;
  path: string | null;
  _compile(): void;
}

const INSTALLED = Symbol.for("social-credit-fact-check.nunjucks-compile-cache");

/** Installs the cache on the nunjucks module Eleventy uses; a second call does nothing. */
export function cacheNunjucksCompiles(nunjucks: NunjucksModule): void {
  const proto = nunjucks.Template.prototype as NunjucksTemplate & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  // By environment, then path, then source text: no key joins path and text, which cost a copy and a hash of the whole template per page.
  const compiled = new WeakMap<NunjucksEnvironment, Map<string | null, Map<string, unknown>>>();
  const compile = proto._compile;
  proto._compile = function (this: NunjucksTemplate) {
    if (this.tmplProps === undefined && this.tmplStr !== undefined) {
      let byPath = compiled.get(this.env);
      if (!byPath) {
        byPath = new Map();
        compiled.set(this.env, byPath);
      }
      let bySource = byPath.get(this.path);
      if (!bySource) {
        bySource = new Map();
        byPath.set(this.path, bySource);
      }
      let props = bySource.get(this.tmplStr);
      if (props === undefined) {
        const { env } = this;
        const source = nunjucks.compiler.compile(this.tmplStr, env.asyncFilters, env.extensionsList, this.path, env.opts);
        props = (new Function(source) as () => unknown)();
        bySource.set(this.tmplStr, props);
      }
      // Nunjucks' own path for precompiled templates: use these props instead of compiling.
      this.tmplProps = props;
    }
    compile.call(this);
  };
}
