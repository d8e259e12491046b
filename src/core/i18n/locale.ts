/** Display languages of the product. */
export type Locale = "zh-CN" | "en-US";

/** Picks the product locale for a host language tag (`zh`, `zh-TW`, `en-GB`...): Chinese or English. */
export function pickLocale(tag: string | null | undefined): Locale {
  return tag && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** Which half of a `{ zh, en }` pair a locale reads. */
const PAIR_KEY: Readonly<Record<Locale, "zh" | "en">> = { "zh-CN": "zh", "en-US": "en" };

/**
 * The locale's half of a bilingual pair in data (field synonyms, nine-box names, band labels).
 * @example inLocale({ zh: "绩效之星", en: "High performer" }, "en-US") //=> "High performer"
 */
export function inLocale<T>(pair: { readonly zh: T; readonly en: T }, locale: Locale): T {
  return pair[PAIR_KEY[locale]];
}

/**
 * A policy's (or template's) name in the locale: `name` in Chinese, `nameEn` in English.
 * @example policyName({ name: "淘宝客服", nameEn: "Taobao customer service" }, "zh-CN") //=> "淘宝客服"
 */
export function policyName(p: { readonly name: string; readonly nameEn: string }, locale: Locale): string {
  return inLocale({ zh: p.name, en: p.nameEn }, locale);
}

/** `1 employee`, `2 employees`: English plurals by `Intl.PluralRules`. */
const EN_PLURAL = new Intl.PluralRules("en-US");

/**
 * The English word for `n`, singular or plural by `Intl.PluralRules`: a noun or a verb that agrees.
 * @example pluralWord(2, "has", "have") //=> "have"
 */
export function pluralWord(n: number, one: string, other = `${one}s`): string {
  return EN_PLURAL.select(n) === "one" ? one : other;
}

/**
 * `n` and its noun in English, singular or plural by `Intl.PluralRules` (Chinese has no plural).
 * @example plural(1, "candidate") //=> "1 candidate"
 * @example plural(3, "entry", "entries") //=> "3 entries"
 */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${n} ${pluralWord(n, one, other)}`;
}
