/**
 * What the pane shows when it is not running inside Office: someone (IT checking the hosting,
 * say) opened taskpane.html in a plain browser. office.js then resolves `Office.onReady` with no
 * host (`info.host` null), and may not even load (no `Office` at all).
 */
import { pickLocale, type Locale } from "../core";
import { h, replace } from "./dom";
import { stringsFor } from "./strings";

/** Office.onReady's answer, as far as the pane needs it. */
export interface ReadyInfo {
  readonly host?: unknown;
}

/**
 * True when the page runs inside an Office application.
 * @example
 * insideOffice({ host: "Excel", platform: "PC" }); // true
 * insideOffice({ host: null, platform: null }); // false: a plain browser
 */
export function insideOffice(info: ReadyInfo | null | undefined): boolean {
  return info?.host !== null && info?.host !== undefined;
}

/**
 * The browser's language as a pane locale (Office's display language is unknown outside Office).
 * @example
 * browserLocale(["zh-TW", "en"]); // "zh-CN": every zh* language reads the Chinese texts
 */
export function browserLocale(languages: readonly string[] = typeof navigator === "undefined" ? [] : [...(navigator.languages ?? []), navigator.language]): Locale {
  return pickLocale(languages.find((tag) => typeof tag === "string" && tag !== ""));
}

/**
 * Replaces the pane with a note that PromoLadder runs inside Excel and how to add it, in the
 * browser's language.
 * @example
 * showOutsideOffice(document.getElementById("app")!, browserLocale());
 */
export function showOutsideOffice(root: HTMLElement, locale: Locale): void {
  const s = stringsFor(locale);
  document.documentElement.lang = locale;
  document.title = s.appName;
  replace(
    root,
    h(
      "main",
      { class: "pl-outside", "data-outside-office": "" },
      h("h1", { class: "pl-title" }, s.outsideTitle),
      h("p", {}, s.outsideBody),
      h("p", {}, s.outsideAdd),
      h("p", {}, s.outsideOpen),
      h("p", { class: "pl-tagline" }, s.outsideHosting),
    ),
  );
}
