/**
 * The changes the Atom feeds and the home page announce: each claim's
 * publication, revisions and withdrawal, newest first. Every date comes from
 * the content, so two builds of the same content are identical.
 */
import type { Claim } from "../content/corpus.ts";
import { CHANGE_TEXT } from "./change-text.ts";
import { textWithChinese } from "./chinese.ts";
import { withClaimMentions } from "./claim-mentions.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import type { Html } from "./escape.ts";
import { CORRECTED, newestFirst, withoutLabel } from "./history.ts";
import { LANGUAGE_TAGS } from "./interface-text.ts";
import type { ModelContext } from "./model-context.ts";
import { ZH_HANS_TEXT } from "./zh-hans-text.ts";

/** A change to a fact check, newest first in the feed and on the home page. */
export interface Change {
  /** The content date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where it shows: the claim page, or its entry there. */
  readonly path: string;
  readonly url: string;
  readonly claim: string;
  /** What happened: "New", "Corrected", "Verdict changed to Mixed", "Withdrawn". */
  readonly what: string;
  /** The feed entry's summary. */
  readonly summary: string;
  /** The summary's language, when it is not the feed's: a revision note is written in English only. */
  readonly summaryLang?: string;
}

/** A change as the home page lists it. */
export interface RecentChange {
  readonly date: DisplayDate;
  readonly url: string;
  /** The claim, escaped, with Chinese runs marked. */
  readonly claimHtml: Html;
  readonly what: string;
}

interface FeedEntry {
  readonly title: string;
  readonly summary: string;
  readonly summaryLang?: string;
  /** Absolute URL: the entry's link and its Atom id. */
  readonly link: string;
  /** RFC 3339, midnight UTC of the content date. */
  readonly updated: string;
}

export interface Feed {
  /** The language tag of its text (`xml:lang`): a page's head links the feed in the page's language. */
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  readonly rights: string;
  /** Where the feed is written. */
  readonly path: string;
  /** The feed's own absolute URL and the site's. */
  readonly self: string;
  readonly home: string;
  /** The newest entry's date: the feed changes only when content does. */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}

/** A content date as an Atom date: midnight UTC, never the clock. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/**
 * Every change to the site's fact checks in the context's language, newest
 * first: each claim's publication, revisions and withdrawal. In Chinese, only
 * claims with a Chinese page (a translation) are announced, at that page; a
 * withdrawn claim has none.
 */
export function changes(ctx: ModelContext): Change[] {
  const language = ctx.language;
  const words = CHANGE_TEXT[language];
  // The verdict's name in this language, as its badge gives it.
  const label = (id: string) => ctx.badge(id).label;
  const text = (c: Claim) => (language === "en" ? c : ctx.corpus.translation(c.id, language));
  // Revision notes are written in English only.
  const noteLang = language === "en" ? {} : { summaryLang: LANGUAGE_TAGS.en };
  const published = ctx.corpus.claims.flatMap((c): Change[] => {
    const t = text(c);
    if (t === undefined) return [];
    return [
      { date: c.published, path: ctx.paths.claim(c.id), url: ctx.href.claim(c.id), claim: t.claim, what: words.new, summary: words.newSummary(label(c.verdict), t.summary) },
      ...c.revisions.map((r, i) => ({
        date: r.date,
        path: ctx.paths.revision(c.id, i),
        url: ctx.href.revision(c.id, i),
        claim: t.claim,
        what: r.verdict ? words.verdictChanged(label(r.verdict.to)) : words.corrected,
        // The entry's title says "Corrected:" already; a note that opens with the same word does not repeat it.
        summary: r.verdict ? r.note : withoutLabel(r.note, CORRECTED),
        ...noteLang,
      })),
    ];
  });
  const withdrawals =
    language === "en"
      ? ctx.corpus.withdrawn.map((w): Change => ({
          date: w.withdrawn.date,
          path: ctx.paths.withdrawal(w.id),
          url: ctx.href.withdrawal(w.id),
          claim: w.claim,
          what: CHANGE_TEXT.en.withdrawn,
          summary: withClaimMentions(w.withdrawn.reason, ctx.corpus, ctx.href).text,
        }))
      : [];
  return newestFirst([...published, ...withdrawals], (e) => e.date);
}

/** The newest `count` changes, for the home page. */
export function recentChanges(all: readonly Change[], count: number): RecentChange[] {
  return all.slice(0, count).map((c) => ({ date: displayDate(c.date), url: c.url, claimHtml: textWithChinese(c.claim), what: c.what }));
}

/** The feed in the context's language: every change, newest first. */
export function feed(ctx: ModelContext, all: readonly Change[]): Feed {
  const language = ctx.language;
  const words = CHANGE_TEXT[language];
  const en = language === "en";
  return {
    language: en ? ctx.site.language : LANGUAGE_TAGS[language],
    title: words.feedTitle(en ? ctx.site.title : ZH_HANS_TEXT.siteTitle),
    subtitle: en ? ctx.site.tagline : ZH_HANS_TEXT.tagline,
    rights: words.rights,
    path: ctx.paths.feed(),
    self: ctx.absolute(ctx.paths.feed()),
    home: ctx.absolute(ctx.paths.home()),
    updated: atomDate(all[0]?.date ?? "1970-01-01"),
    entries: all.map((e) => ({
      title: words.entryTitle(e.what, e.claim),
      summary: e.summary,
      ...(e.summaryLang === undefined ? {} : { summaryLang: e.summaryLang }),
      link: ctx.absolute(e.path),
      updated: atomDate(e.date),
    })),
  };
}
