import type { Expected } from "../read/failure";
import type { Locale } from "./locale";
import { coreMessages } from "./messages";
import { UNCALCULATED, type Cell } from "../model/cell";
import { readPercent } from "../read/percent";

/** Shows a raw cell value in a message, shortened to 40 characters. */
export function showValue(value: unknown): string {
  let text: string;
  if (value instanceof Date) text = Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : "Invalid Date";
  else if (typeof value === "object" && value !== null && "code" in value) text = String((value as { code: unknown }).code);
  else if (typeof value === "object" && value !== null && "value" in value) text = `${String((value as { value: unknown }).value)} (%)`;
  else {
    try {
      text = String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** True for a formula cell saved without its result (see `UNCALCULATED`). */
function isUncalculated(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { code?: unknown }).code === UNCALCULATED;
}

/** A fraction as HR writes it: 95 for 0.95 (12 significant digits). */
const percentPoints = (f: number): string => String(Number((f * 100).toPrecision(12)));

/**
 * Message for an unreadable cell. `limit`: for `percent_range`, the column's largest plausible
 * fraction; the message says what was read and the range (`“客户满意度”列的值“9500%”读作 9500%，
 * 不在 0%–100% 之间…`).
 */
export function unreadableMessage(header: string, value: unknown, expected: Expected, locale: Locale, limit?: number): string {
  const m = coreMessages(locale);
  if (expected === "percent_range") {
    const read = readPercent(value as Cell);
    const shown = typeof read === "number" ? `${percentPoints(read)}%` : "?";
    return m.outOfRange(header, showValue(value), shown, `${percentPoints(limit ?? 1)}%`, m.expected[expected]);
  }
  if (isUncalculated(value)) return m.uncalculated(header);
  return m.cannotRead(header, showValue(value), m.expected[expected]);
}

/** Message for an empty id cell. */
export function emptyIdMessage(locale: Locale): string {
  return coreMessages(locale).emptyId;
}

/** Message for an empty level cell. */
export function emptyLevelMessage(locale: Locale): string {
  return coreMessages(locale).emptyLevel;
}

/** Message for a repeated id. */
export function duplicateIdMessage(id: string, rows: readonly number[], locale: Locale): string {
  return coreMessages(locale).duplicateId(id, rows);
}

/** Message for a level the policy does not know. */
export function unknownLevelMessage(level: string, closest: string | null, policyName: string, locale: Locale): string {
  return coreMessages(locale).unknownLevel(showValue(level), closest, policyName);
}
