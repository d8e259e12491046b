import { dayFromIso, isoFromDay, localDay, type Locale } from "../core";
import { CliError } from "./io/errors";

/** Options shared by the commands that review a roster. */
export interface RosterOptions {
  sheet?: string;
  policy?: string;
  asOf?: string;
  lang?: string;
}

/** Today's date in the machine's local time zone, YYYY-MM-DD. */
export function today(): string {
  return isoFromDay(localDay());
}

/** The --as-of date, checked (exit 2 with a clear message when it is not a real date). */
export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return today();
  if (dayFromIso(value) === null) throw new CliError(`--as-of "${value}" is not a valid date: use YYYY-MM-DD, e.g. 2026-11-23`);
  return value;
}

/** The --lang option: zh (default) or en. */
export function parseLang(value: string | undefined): Locale {
  if (value === undefined || /^zh/i.test(value)) return "zh-CN";
  if (/^en/i.test(value)) return "en-US";
  throw new CliError(`--lang "${value}" is not supported: use zh or en`);
}
