/* global Office */
/**
 * Task pane entry: waits for Office, picks Chinese or English from Excel's display language,
 * and mounts the pane over the Excel adapter.
 */
import { pickLocale } from "../core";
import { PaneApp } from "./app";
import { defineFluent } from "./fluent";
import { officePort } from "./office-port";
import { applyStyles } from "./styles";

void Office.onReady(() => {
  defineFluent();
  applyStyles();
  const locale = pickLocale(Office.context?.displayLanguage);
  const root = document.getElementById("app");
  if (!root) return;
  void new PaneApp(root, officePort(locale), locale).start();
});
