/**
 * What a journalist copies, as the page gives it: a publisher's name with no
 * editorial caveat inside it, an appearance's title without its note, plain
 * words instead of "copy read" and raw ids, corrections punctuated as
 * sentences, the feed saying "Corrected" once, and who to write to.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { VALID_CLAIM, VALID_SOURCE } from "../helpers/content-dir.ts";
import { decodeEntities, renderPage, TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

const ATTRIBUTED = VALID_SOURCE.replace('publisher: "A publisher"', 'publisher: "Foreign Policy"\npublisherFrom: attribution').replace(
  'published: "2018-10-23"',
  'published: "2018-10-23"\npublishedFrom: address',
);
const CLAIM = VALID_CLAIM.replace(
  "published:",
  `appearances:
  - title: "China brings Black Mirror to life"
    publisher: The Rooster
    url: https://example.org/rooster
    note: "title inferred from the web address"
revisions:
  - date: "2026-02-01"
    note: "Corrected: the summary said something else."
published:`,
).replace('reviewed: "2026-01-02"', 'reviewed: "2026-02-01"');
const WITHDRAWN = `---
claim: "Foreign companies are unaffected."
published: "2026-01-05"
withdrawn:
  date: "2026-04-01"
  reason: "It is covered by whether everyone has a score (everyone-has-a-score); (not-a-claim) stays as written."
---
`;

let site: TestSite;
beforeAll(async () => {
  site = await testSite({ "sources/a-source.md": ATTRIBUTED, "claims/everyone-has-a-score.md": CLAIM, "claims/gone.md": WITHDRAWN });
});

/** Text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ");

describe("a publisher known only by attribution", () => {
  test("its name stays a name in every citation and in what Zotero saves; the caveat stands beside it in plain words", () => {
    const page = site.model.sources[0]!;
    const { html } = renderPage("source.njk", { ...site.globals, s: page });
    expect(page.meta.citation!.publisher).toBe("Foreign Policy");
    expect(page.citations.apa).toBe("A. Writer. (2018, October 23). A source. Foreign Policy. https://example.com/article (Publisher not named in the text; commonly attributed)");
    for (const cited of [page.citations.apa, page.citations.mla, page.citations.chicago, page.citations.bibtex, page.citations.ris]) {
      expect(cited).not.toMatch(/Foreign Policy \(|copy read/i);
    }
    expect(decodeEntities(html)).toMatch(/<dt>Publisher<\/dt>\s+<dd>Foreign Policy \(commonly attributed; the text we read does not name it\)<\/dd>/);
    expect(text(html)).toContain("Published 23 October 2018 (date inferred from the web address)");
  });

  test("the evidence line under a quote says the same, with no “copy read” jargon", () => {
    const claim = site.model.claims[0]!;
    const { html } = renderPage("claim.njk", { ...site.globals, c: claim });
    expect(text(html)).toContain("Foreign Policy (commonly attributed; the text we read does not name it), 23 October 2018 (date inferred from the web address).");
    expect(html).not.toMatch(/copy read/i);
  });
});

describe("the Chinese pages", () => {
  // The same partial writes these lines on both languages' pages; the Chinese ones had dropped both caveats.
  test("name the source under a quote with the same caveats, and its page shows them beside the publisher and the date", () => {
    const claim = site.model.zhHans.claims.find((c) => c.evidence.length > 0)!;
    const english = renderPage("claim.njk", { ...site.globals, c: site.model.claims[0]! }).html;
    const chinese = renderPage("zh-hans/claim.njk", { ...site.globals, c: claim }).html;
    const line = (html: string) => text(/<p class="evidence__source"[^>]*>([\s\S]*?)(?:<span class="evidence__backlinks">|<\/p>)/.exec(html)![1]!).trim();
    expect(line(chinese)).toBe("— A. Writer, A source, Foreign Policy (commonly attributed; the text we read does not name it), 23 October 2018 (date inferred from the web address).");
    expect(line(chinese)).toBe(line(english));
    const source = renderPage("zh-hans/source.njk", { ...site.globals, s: site.model.zhHans.sources[0]! }).html;
    expect(decodeEntities(source)).toMatch(/<dd lang="en">Foreign Policy \(commonly attributed; the text we read does not name it\)<\/dd>/);
    expect(text(source)).toContain("23 October 2018 (date inferred from the web address)");
  });

  test("say under a quote which copy it was read from, and link the archived copy, as the English pages do", async () => {
    const copied = await testSite({
      "sources/a-source.md": VALID_SOURCE.replace(
        "url: https://example.com/article",
        "url: https://example.com/article\nreadAt: https://copy.example.org/a\nsnapshot: https://web.archive.org/web/20200101000000/https://example.com/article",
      ),
    });
    const links = (html: string) => text(/<p class="evidence__links">([\s\S]*?)<\/p>/.exec(html)![1]!);
    const chinese = renderPage("zh-hans/claim.njk", { ...copied.globals, c: copied.model.zhHans.claims[0]! }).html;
    expect(links(renderPage("claim.njk", { ...copied.globals, c: copied.model.claims[0]! }).html)).toContain(" · Read from a copy at copy.example.org · Archived copy · ");
    expect(links(chinese)).toContain(" · 所读副本：copy.example.org · 存档副本");
    expect(chinese).toMatch(/所读副本：<a href="https:\/\/copy\.example\.org\/a[^"]*" rel="external">copy\.example\.org<\/a>/);
  });

  test("give the editors' note under a quote, as written and marked English, as the English pages do", async () => {
    const noted = await testSite({
      "claims/everyone-has-a-score.md": VALID_CLAIM.replace("  - ref: a-source#first-passage\n", "  - ref: a-source#first-passage\n    note: The government's own account.\n"),
    });
    const chinese = renderPage("zh-hans/claim.njk", { ...noted.globals, c: noted.model.zhHans.claims[0]! }).html;
    expect(decodeEntities(chinese)).toContain(`<p class="evidence__note" lang="en">The government's own account.</p>`);
    expect(decodeEntities(renderPage("claim.njk", { ...noted.globals, c: noted.model.claims[0]! }).html)).toContain(`<p class="evidence__note">The government's own account.</p>`);
  });

  test("give a quote's place in the text with its note, as the English pages do", async () => {
    const noted = await testSite({
      "sources/a-source.md": VALID_SOURCE.replace('text: "The first passage, quoted word for word."', 'text: "The first passage, quoted word for word."\n    locator: "Paragraph 2"\n    locatorNote: "“also attempts to also” is as published"'),
    });
    const locators = (html: string) => [...html.matchAll(/<p class="excerpt__locator"[^>]*>(.*?)<\/p>/g)].map(([, l]) => decodeEntities(l!));
    const english = renderPage("source.njk", { ...noted.globals, s: noted.model.sources[0]! }).html;
    const chinese = renderPage("zh-hans/source.njk", { ...noted.globals, s: noted.model.zhHans.sources[0]! }).html;
    expect(locators(chinese)).toEqual(["Paragraph 2 (“also attempts to also” is as published)"]);
    expect(locators(chinese)).toEqual(locators(english));
    const line = text(/<p class="evidence__source"[^>]*>([\s\S]*?)<\/p>/.exec(renderPage("zh-hans/claim.njk", { ...noted.globals, c: noted.model.zhHans.claims[0]! }).html)![1]!);
    expect(line).toContain("Paragraph 2 (“also attempts to also” is as published).");
  });
});

describe("an appearance's note", () => {
  test("is shown beside its title, never inside it, and ClaimReview names the work by its title alone", () => {
    const claim = site.model.claims[0]!;
    const { html } = renderPage("claim.njk", { ...site.globals, c: claim });
    expect(text(html)).toContain("Said in: China brings Black Mirror to life (title inferred from the web address), The Rooster.");
    const appearance = (claim.claimReview.itemReviewed as unknown as { appearance: { name: string }[] }).appearance;
    expect(appearance.map((a) => a.name)).toEqual(["China brings Black Mirror to life"]);
  });
});

describe("where a claim was said, read as a sentence", () => {
  const claimSaidIn = (appearances: string) =>
    testSite({ "claims/everyone-has-a-score.md": VALID_CLAIM.replace("published:", `appearances:\n${appearances}published:`) }).then((s) => {
      const { html } = renderPage("claim.njk", { ...s.globals, c: s.model.claims[0]! });
      return { said: text(/<p class="claim__said">[\s\S]*?<\/p>/.exec(html)![0]), listed: [...html.matchAll(/<li>(.*?)<\/li>/g)].map(([, li]) => text(li!)) };
    });

  test("a title that ends its own sentence takes no comma after it, and the line no second full stop", async () => {
    const { said } = await claimSaidIn(`  - title: "China just announced a new social credit law. Here’s what it says."
    publisher: MIT Technology Review
    date: "2022-11-22"
    url: https://example.org/mit
`);
    expect(said).toBe("Said in: China just announced a new social credit law. Here’s what it says. MIT Technology Review, 22 November 2022.");
    const { said: question } = await claimSaidIn(`  - title: "How to Avoid Being Blacklisted by Chinese Government?"
    url: https://example.org/how
`);
    expect(question).toBe("Said in: How to Avoid Being Blacklisted by Chinese Government?");
  });

  test("a year the title already gives is not repeated after it, on the Said in line or in the list", async () => {
    const { said, listed } = await claimSaidIn(`  - title: "Reports on the system, as TechNode summed them up in 2018: that it \\"scoops up social media data\\""
    date: "2018"
    url: https://example.org/technode
  - title: "Later coverage"
    date: "2019-05"
    url: https://example.org/later
`);
    expect(said).toBe('Said in: Reports on the system, as TechNode summed them up in 2018: that it "scoops up social media data"; also elsewhere.');
    expect(listed).toContain('Reports on the system, as TechNode summed them up in 2018: that it "scoops up social media data"');
    expect(listed).toContain("Later coverage, May 2019");
  });
});

describe("corrections and withdrawals", () => {
  test("a claim that ends in a full stop is a title before the colon: no “.:”", () => {
    const { html } = renderPage("corrections.njk", { ...site.globals, c: site.model.corrections[0]! });
    // A note's own "Corrected:" label becomes the entry's, said once, as "withdrawn." is.
    expect(text(html)).toContain("Everyone has a score: corrected. The summary said something else.");
    expect(text(html)).not.toMatch(/: Corrected:/);
    expect(text(html)).toContain("Foreign companies are unaffected: withdrawn.");
    expect(text(html)).not.toContain(".:");
  });

  test("the feed says “Corrected” once: in the entry's title, not again at the start of its summary", () => {
    const entry = site.model.feeds[0]!.entries.find((e) => e.title.startsWith("Corrected:"))!;
    expect(entry.title).toBe("Corrected: Everyone has a score.");
    expect(entry.summary).toBe("The summary said something else.");
  });

  test("a withdrawn page names another claim by its title, linked, never by its id", () => {
    const page = site.model.withdrawn[0]!;
    const { html } = renderPage("withdrawn.njk", { ...site.globals, w: page });
    expect(html).toContain('(see <a href="/fc/claims/everyone-has-a-score/">Everyone has a score</a>)');
    expect(text(html)).not.toContain("(everyone-has-a-score)");
    // An id that names no claim is not a reference: it stays as written.
    expect(text(html)).toContain("(not-a-claim) stays as written.");
    const withdrawal = site.model.feeds[0]!.entries.find((e) => e.title.startsWith("Withdrawn:"))!;
    expect(withdrawal.summary).toContain("(see “Everyone has a score”)");
  });
});

describe("who publishes the site, and how to reach them", () => {
  const about = (s: TestSite) => text(renderPage("about.njk", s.globals).html);

  test("the About page names the editors, not the site as its own publisher, and says the tracker is public and no private channel exists", () => {
    const page = about(site);
    expect(page).not.toMatch(/is published by Fact & Check/);
    // The settings name a role, no person: the page says who that is and promises no list of names.
    expect(page).toContain("published by the repository's maintainers.");
    expect(page).not.toContain("listed below");
    expect(page).toContain("It is public: anyone can read what you write there, and writing needs a GitHub account. There is no private channel yet");
  });

  test("with an email address set, it is offered as the private channel", async () => {
    const withEmail = await testSite({}, { ...TEST_SITE, publisher: { ...TEST_SITE.publisher, contact: "editors@example.org" } });
    const page = about(withEmail);
    expect(page).toContain("Write to the editors at editors@example.org; what you send there is not published.");
    expect(page).not.toContain("There is no private channel");
  });
});
