/**
 * Stand-in for office-addin-manifest inside jest (wired in jest.config.js moduleNameMapper).
 * office-addin-mock requires it only for the OfficeApp host names, but the real package loads ES-module
 * dependencies (strip-bom, @microsoft/app-manifest) that jest's CommonJS runtime cannot require without
 * transforming node_modules. The names are those of office-addin-manifest's OfficeApp enum.
 * Real manifest validation runs in a plain node child process (scripts/production.cjs --validate), which
 * this mapping does not reach.
 */
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
