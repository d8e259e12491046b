import type { Locale } from "../core";

/**
 * Chinese or English text by locale, for the issue #20 commands (pipeline, succession, plan)
 * whose lines are not yet keys of the typed catalogue in `messages.ts`.
 * New text belongs in `messages.ts`; this goes once those commands' lines move there.
 * @example say("zh-CN", "按部门：", "By department:") //=> "按部门："
 */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === "zh-CN" ? zh : en;
}
