import { fieldDef } from "../model/fields";
import type { Status } from "../model/review";
import { inLocale, type Locale } from "./locale";

const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<Status, string>>>> = {
  "zh-CN": { eligible: "可晋升", awaiting_vacancy: "待空缺", not_eligible: "未达标", top: "已最高", error: "数据错误" },
  "en-US": {
    eligible: "Eligible",
    awaiting_vacancy: "Awaiting vacancy",
    not_eligible: "Not eligible",
    top: "Top of ladder",
    error: "Data error",
  },
};

/** The status as HR reads it (可晋升 / Eligible ...). */
export function statusLabel(status: Status, locale: Locale): string {
  return STATUS_LABELS[locale][status];
}

/** The field's display name: the first header synonym, or the custom header text itself. */
export function fieldLabel(field: string, locale: Locale): string {
  const def = fieldDef(field);
  if (!def) return field;
  return inLocale(def, locale)[0] ?? field;
}
