// office-addin-mock only needs the OfficeApp enum; the real module's import chain is ESM-only and Jest (CJS) cannot load it.
module.exports = { OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" } };
