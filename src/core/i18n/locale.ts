/** Display languages of the product. */
export type Locale = "zh-CN" | "en-US";

/** Picks the product locale for a host language tag (`zh`, `zh-TW`, `en-GB`...): Chinese or English. */
export function pickLocale(tag: string | null | undefined): Locale {
  return tag && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
