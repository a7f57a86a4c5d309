/**
 * What Pagefind reads of a rendered page, cut out of it, so the indexer is
 * given a fraction of each page instead of all of it. Pagefind indexes the
 * text of the `data-pagefind-body` element, but reads a few things anywhere on
 * the page: the `<html lang>`, the `data-pagefind-*` attributes (meta,
 * filters, sorts, titles, weights), the first `<h1>` or the `<title>` (a
 * result's title when none is given) and the first `<img>` after it.
 *
 * The cut keeps the page's tree pruned to those elements, each whole, inside
 * the start and end tags of the elements that enclose them (an enclosing
 * weight or `data-pagefind-ignore="all"` still applies). Inside the body, an
 * element Pagefind ignores is dropped unless something in it is read. What is
 * indexed stays defined by the templates: the cut only leaves out what
 * Pagefind does not read, and the build tests check that the index of the cut
 * pages is the index of the whole pages, byte for byte.
 */

/** One attribute of a start tag: its name (captured), and its value if it has one. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
/** A comment, or an end tag, or a start tag (its attribute values may hold `>`) with its attribute list captured. */
const TOKEN = new RegExp(String.raw`<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:${ATTRIBUTE.source})*)\s*\/?>`, "g");
/**
 * What HTML would read as the start of a tag or a comment. Where `TOKEN` does
 * not match one (attributes not apart, a `<` left in text, a comment never
 * closed), the page is refused rather than read as text, which could drop its
 * body from the index unnoticed.
 */
const TAG_START = /<(?:\/?[a-zA-Z]|!--)/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Their content is text, not markup, up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);
/** Read by Pagefind wherever they are: a result's default title and image. */
const READ_ANYWHERE = new Set(["title", "h1", "img"]);
/** Where `/>` closes an element that is not void: SVG and MathML, which HTML parses as XML-like foreign content. */
const FOREIGN = new Set(["svg", "math"]);
/**
 * Elements Pagefind treats as inline: they take on the id of an enclosing
 * element, so text in them counts as that anchor's text even inside an
 * ignored element. An ignored element is dropped only when it is not one.
 */
const INLINE = new Set(
  "a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var".split(" "),
);

interface Element {
  readonly name: string;
  /** Its attributes' names, lower case: never their values, which may hold any text. */
  readonly attributes: ReadonlySet<string>;
  readonly start: number;
  /** Where the start tag ends. */
  readonly open: number;
  /** Where the end tag starts: `end` when the element has none. */
  close: number;
  end: number;
  readonly children: Element[];
}

class UnreadablePage extends Error {
  override name = "UnreadablePage";
}

/** Throws if HTML would read a tag or comment in `html` between `from` and `to`. */
function refuseUnread(html: string, file: string, from: number, to: number): void {
  TAG_START.lastIndex = from;
  const stray = TAG_START.exec(html);
  if (!stray || stray.index >= to) return;
  const line = html.slice(0, stray.index).split("\n").length;
  const end = html.indexOf(">", stray.index);
  const tag = html.slice(stray.index, end < 0 || end - stray.index > 80 ? stray.index + 80 : end + 1);
  throw new UnreadablePage(`${file}:${line}: cannot read the tag ${tag} (attributes must be apart, "<" in text written &lt;, comments closed)`);
}

function parse(html: string, file: string): Element {
  const lower = html.toLowerCase();
  const root: Element = { name: "", attributes: new Set(), start: 0, open: 0, close: html.length, end: html.length, children: [] };
  const open = [root];
  TOKEN.lastIndex = 0;
  for (;;) {
    const read = TOKEN.lastIndex;
    const match = TOKEN.exec(html);
    refuseUnread(html, file, read, match?.index ?? html.length);
    if (!match) break;
    const [tag, slash, tagName, attributeList = ""] = match;
    if (tagName === undefined) continue;
    const name = tagName.toLowerCase();
    if (slash) {
      const at = open.findLastIndex((e) => e.name === name);
      if (at < 1) continue; // a stray end tag closes nothing
      const [closed, ...leftOpen] = open.splice(at);
      closed!.close = match.index;
      closed!.end = match.index + tag.length;
      // Elements left open inside it end where it ends, without an end tag of their own.
      for (const element of leftOpen) element.close = element.end = match.index;
      continue;
    }
    const attributes = new Set(Array.from(attributeList.matchAll(ATTRIBUTE), ([, attribute]) => attribute!.toLowerCase()));
    const element: Element = { name, attributes, start: match.index, open: match.index + tag.length, close: -1, end: -1, children: [] };
    open.at(-1)!.children.push(element);
    if (RAW_TEXT.has(name)) {
      element.close = lower.indexOf(`</${name}`, element.open);
      if (element.close < 0) throw new UnreadablePage(`${file}: <${name}> is not closed`);
      element.end = html.indexOf(">", element.close) + 1;
      TOKEN.lastIndex = element.end;
    } else if (VOID.has(name) || (tag.endsWith("/>") && (FOREIGN.has(name) || open.some((e) => FOREIGN.has(e.name))))) {
      element.close = element.end = element.open;
    } else open.push(element);
  }
  return root;
}

/** Whether it has a `data-pagefind-*` attribute that is read (meta, filter, sort, title, …), not only an ignore or a weight. */
function hasReadAttribute(element: Element): boolean {
  for (const attribute of element.attributes) {
    if (attribute.startsWith("data-pagefind-") && attribute !== "data-pagefind-ignore" && attribute !== "data-pagefind-weight") return true;
  }
  return false;
}

/** Whether Pagefind reads something of `element` or in it even where it indexes no text. */
function isRead(element: Element): boolean {
  return READ_ANYWHERE.has(element.name) || hasReadAttribute(element) || element.children.some(isRead);
}

function holdsBody(element: Element): boolean {
  return element.children.some((c) => c.attributes.has("data-pagefind-body") || holdsBody(c));
}

/**
 * `element` pruned: its start and end tags, its children cut, and its own text
 * where Pagefind may index it (in a body, and around one: text after the body
 * in an element enclosing it is indexed too).
 */
function pruned(html: string, element: Element, inBody: boolean): string {
  const startTag = html.slice(element.start, element.open);
  const body = inBody || element.attributes.has("data-pagefind-body");
  if (inBody && element.attributes.has("data-pagefind-ignore") && !INLINE.has(element.name) && !isRead(element)) return "";
  if (!body && (READ_ANYWHERE.has(element.name) || hasReadAttribute(element))) return html.slice(element.start, element.end);
  const keepText = body || holdsBody(element);
  let inner = "";
  let at = element.open;
  for (const child of element.children) {
    if (keepText) inner += html.slice(at, child.start);
    inner += pruned(html, child, body);
    at = child.end;
  }
  if (keepText) inner += html.slice(at, element.close);
  if (!body && inner.trim() === "" && element.name !== "html") return "";
  return startTag + inner + html.slice(element.close, element.end);
}

/** The parts of a rendered page (`file` names it in errors) that Pagefind reads, as a page. */
export function searchableHtml(html: string, file: string): string {
  return pruned(html, parse(html, file), false);
}
