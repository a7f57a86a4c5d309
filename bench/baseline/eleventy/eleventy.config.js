// Bare Eleventy: Markdown pages through one layout, no plugins, no data.
export const config = {
  templateFormats: ["md"],
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  dir: { includes: "_includes" },
};
