/* global Office */
/**
 * Task pane entry: waits for Office, picks Chinese or English from Excel's display language,
 * and mounts the pane over the Excel adapter. Outside Office (the page opened in a plain
 * browser), it says, in the browser's language, that PromoLadder runs inside Excel.
 */
import { allowGeneratedCode, pickLocale } from "../core";
import { PaneApp } from "./app";
import { defineFluent } from "./fluent";
import { officePort } from "./office-port";
import { browserLocale, insideOffice, showOutsideOffice, type ReadyInfo } from "./outside-office";
import { applyStyles } from "./styles";

// The page's Content-Security-Policy forbids generating code: reviews are interpreted here.
allowGeneratedCode(false);

function mount(info: ReadyInfo | null | undefined): void {
  applyStyles();
  const root = document.getElementById("app");
  if (!root) return;
  if (!insideOffice(info)) {
    showOutsideOffice(root, browserLocale());
    return;
  }
  defineFluent();
  const locale = pickLocale(Office.context?.displayLanguage);
  void new PaneApp(root, officePort(locale), locale).start();
}

// office.js may not have loaded at all (blocked, offline): that is outside Office too.
if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => mount(null));
  else mount(null);
} else {
  void Office.onReady((info) => mount(info));
}
