/**
 * /cite/<claim>.bib, .ris and .json, and /cite/sources/<source>.*: each claim's
 * and each source's citation as a file to download, from the formats the page
 * models already computed once.
 */
import type { Citations } from "../../render/cite.ts";
import { urls, type CiteFileType } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { writeSiteFile } from "./write-file.ts";

async function writeCitationFiles(siteDir: string, file: (ext: CiteFileType) => string, { bibtex, ris, cslJson }: Citations): Promise<void> {
  await writeSiteFile(siteDir, file("bib"), `${bibtex}\n`);
  // RIS files conventionally use CRLF line ends.
  await writeSiteFile(siteDir, file("ris"), `${ris.replace(/\n/g, "\r\n")}\r\n`);
  await writeSiteFile(siteDir, file("json"), `${cslJson}\n`);
}

export const citationFilesStep: OutputStep = {
  name: "citation files",
  run: async ({ siteDir, model }) => {
    for (const claim of model.claims) await writeCitationFiles(siteDir, (ext) => urls.citeFile(claim.id, ext), claim.citations);
    for (const source of model.sources) await writeCitationFiles(siteDir, (ext) => urls.sourceCiteFile(source.id, ext), source.citations);
  },
};
