/**
 * /cite/<claim>.bib, .ris and .json: each claim's citation as a file to
 * download, from the formats the page model already computed once.
 */
import { urls } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { writeSiteFile } from "./write-file.ts";

export const citationFilesStep: OutputStep = {
  name: "citation files",
  run: async ({ siteDir, model }) => {
    for (const claim of model.claims) {
      const { bibtex, ris, cslJson } = claim.citations;
      await writeSiteFile(siteDir, urls.citeFile(claim.id, "bib"), `${bibtex}\n`);
      // RIS files conventionally use CRLF line ends.
      await writeSiteFile(siteDir, urls.citeFile(claim.id, "ris"), `${ris.replace(/\n/g, "\r\n")}\r\n`);
      await writeSiteFile(siteDir, urls.citeFile(claim.id, "json"), `${cslJson}\n`);
    }
  },
};
