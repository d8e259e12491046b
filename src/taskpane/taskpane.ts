/* global Office */
/**
 * Task pane entry: waits for Office, picks Chinese or English from Excel's display language,
 * and mounts the pane over the Excel adapter.
 */
import { allowGeneratedCode, pickLocale } from "../core";
import { PaneApp } from "./app";
import { defineFluent } from "./fluent";
import { officePort } from "./office-port";
import { applyStyles } from "./styles";

// The page's Content-Security-Policy forbids generating code: reviews are interpreted here.
allowGeneratedCode(false);

void Office.onReady(() => {
  defineFluent();
  applyStyles();
  const locale = pickLocale(Office.context?.displayLanguage);
  const root = document.getElementById("app");
  if (!root) return;
  void new PaneApp(root, officePort(locale), locale).start();
});
