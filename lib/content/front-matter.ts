/**
 * YAML text (a file's front matter, site.yaml, a data list) as plain data,
 * with a way to find where any field was written. Never throws on bad input:
 * a problem is a diagnostic at its line and column.
 *
 * Most files are fine, and a fine file needs no positions: its front matter
 * is read by js-yaml, ten times faster than the `yaml` package, and `yaml`
 * parses it with positions only when a diagnostic asks where something is.
 * Anything js-yaml refuses, and anything with anchors or aliases (whose
 * expansion `yaml` limits), takes the `yaml` path from the start, so syntax
 * errors are reported as before.
 */
import type { Diagnostic, Position } from "./diagnostic.ts";
import { fastData } from "./yaml-fast-path.ts";
import { parseYamlWithPositions, tooDeep } from "./yaml-positions.ts";

export type YamlPath = readonly (string | number)[];

/** The parsed front matter, with a way to find where any field was written. */
export interface FrontMatter {
  readonly data: unknown;
  /** Position of the node at `path`, or of its nearest existing parent. */
  positionOf(path: YamlPath): Position;
  /** Position of a key itself (for unknown fields), falling back to its map. */
  keyPositionOf(path: YamlPath, key: string): Position;
}

/**
 * Parses YAML text into plain data, keeping positions (read when first asked
 * for). `lineOffset` is the number of file lines before the YAML text starts.
 */
export function parseYaml(
  file: string,
  source: string,
  lineOffset: number,
): { frontMatter: FrontMatter } | { error: Diagnostic } {
  const fast = tooDeep(source) === undefined ? fastData(source) : undefined;
  if (fast === undefined) return parseYamlWithPositions(file, source, lineOffset);
  let positions: FrontMatter | undefined;
  const located = (): FrontMatter => {
    if (positions) return positions;
    const parsed = parseYamlWithPositions(file, source, lineOffset);
    // Where `yaml` refuses what js-yaml read, a problem is placed at the front matter's start.
    const start = { line: lineOffset + 1, column: 1 };
    positions = "error" in parsed ? { data: fast.data, positionOf: () => start, keyPositionOf: () => start } : parsed.frontMatter;
    return positions;
  };
  return {
    frontMatter: {
      data: fast.data,
      positionOf: (path) => lazyPosition(() => located().positionOf(path)),
      keyPositionOf: (path, key) => lazyPosition(() => located().keyPositionOf(path, key)),
    },
  };
}

/**
 * A position worked out when its line or column is first read: rules ask
 * where each reference is written before they know whether it is wrong, and
 * only a diagnostic reads the answer.
 */
function lazyPosition(locate: () => Position): Position {
  let found: Position | undefined;
  const get = () => {
    found ??= locate();
    return found;
  };
  return {
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
  };
}
