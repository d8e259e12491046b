/**
 * How commander lays out `--help` in the CLI's language: titles (`用法：`), usage words
 * (`[选项]`), no English `(default: …)` (the catalogue's option texts say their defaults), and
 * lines wrapped by display width, between CJK characters as well as at spaces.
 */
import { Help } from "commander";
import { stripVTControlCharacters } from "node:util";
import type { Locale } from "../core";
import { textWidth } from "../report";
import { helpText } from "./help-text";

/** A CJK character (or full-width form or punctuation). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Punctuation that never starts a line (`，` `。` `）` `」`...). */
const CLOSING = /[，。、；：！？）」』》〉】]/u;

/** The units of wrapping of a line: its space-separated words, each split between two CJK characters (never before closing punctuation). */
function chunksOf(line: string): string[] {
  const out: string[] = [];
  for (const word of line.match(/\s*\S+/g) ?? []) {
    const chars = [...word];
    let piece = "";
    chars.forEach((ch, i) => {
      const prev = chars[i - 1];
      if (piece.trim() !== "" && prev !== undefined && CJK.test(prev) && CJK.test(ch) && !CLOSING.test(ch)) {
        out.push(piece);
        piece = "";
      }
      piece += ch;
    });
    out.push(piece);
  }
  return out;
}

/**
 * `text` wrapped to `width` display columns (a CJK character counts two), breaking at spaces and
 * between CJK characters, never before closing punctuation.
 * @example wrapByWidth("评审日期，如 2026-11-23", 10) //=> "评审日期，\n如\n2026-11-23"
 */
export function wrapByWidth(text: string, width: number): string {
  const width0 = (s: string): number => textWidth(stripVTControlCharacters(s));
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [first, ...chunks] = chunksOf(line);
    if (first === undefined) {
      out.push("");
      continue;
    }
    let current = first;
    for (const chunk of chunks) {
      if (width0(current) + width0(chunk) <= width) current += chunk;
      else {
        out.push(current);
        current = chunk.trimStart();
      }
    }
    out.push(current);
  }
  return out.join("\n");
}

/**
 * The `configureHelp` settings of every `promo` command in `locale`.
 * @example new Command("promo").configureHelp(helpFormat("zh-CN"))
 */
export function helpFormat(locale: Locale): Partial<Help> {
  const h = helpText(locale);
  const words = (s: string): string => s.replace(/\[options\]/g, h.usageWords.options).replace(/\[command\]/g, h.usageWords.command);
  return {
    styleTitle: (title: string) => h.titles[title] ?? title,
    displayWidth: (text: string) => textWidth(stripVTControlCharacters(text)),
    boxWrap(this: Help, text: string, width: number): string {
      // English text keeps commander's wrapping at spaces (a quoted 性别 stays whole).
      if (locale !== "zh-CN") return Help.prototype.boxWrap.call(this, text, width);
      return width < this.minWidthToWrap ? text : wrapByWidth(text, width);
    },
    optionDescription: (option) => option.description,
    argumentDescription: (argument) => argument.description,
    commandUsage(cmd) {
      const names: string[] = [];
      for (let c: typeof cmd | null = cmd.parent; c; c = c.parent) names.unshift(c.name());
      return words([...names, cmd.name(), cmd.usage()].join(" "));
    },
    subcommandTerm: (cmd) => words([cmd.name(), cmd.usage()].filter((s) => s !== "").join(" ")),
  };
}
