/**
 * How the calibration rows of the 晋升方案 header block are written (issue #21): 校准容差 `5`,
 * 分布容差 `5%`, and 目标分布 as bands highest first, separated by `；`:
 * `优秀 >=90 20%；合格 >=60 70%；待改进 10%` (the last band without `>=` takes every lower score).
 */
import type { TargetBand } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { coreMessages } from "../../i18n/messages";
import { plainNumberText } from "../../read/text";
import { must } from "../../util/must";

const BAND_SEPARATORS = /[;；\n]/;
const BAND = /^(.+?)\s*(?:(?:>=|≥|>＝)\s*(-?\d+(?:\.\d+)?))?\s+(\d+(?:\.\d+)?)\s*%$/;

/**
 * The bands of a 目标分布 cell, or null when a part is not `label [>=min] share%`.
 * @example parseBands("优秀 >=90 20%；合格 >=60 70%；待改进 10%") //=> [{label:"优秀",min:90,share:0.2}, ...]
 */
export function parseBands(text: string): TargetBand[] | null {
  const parts = text
    .normalize("NFKC")
    .split(BAND_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const bands: TargetBand[] = [];
  for (const part of parts) {
    const m = BAND.exec(part);
    if (!m) return null;
    bands.push({ label: must(m[1], "band label").trim(), min: m[2] === undefined ? null : Number(m[2]), share: Math.round(Number(m[3]) * 1e6) / 1e8 });
  }
  return bands.length > 0 ? bands : null;
}

/**
 * A 目标分布 cell for bands, the form {@link parseBands} reads.
 * @example bandsText([{ label: "优秀", min: 90, share: 0.2 }, { label: "其他", min: null, share: 0.8 }], "zh-CN") //=> "优秀 >=90 20%；其他 80%"
 */
export function bandsText(bands: readonly TargetBand[], locale: Locale): string {
  const pct = (share: number): string => `${plainNumberText(Math.round(share * 1e8) / 1e6)}%`;
  return bands.map((b) => `${b.label}${b.min === null ? "" : ` >=${plainNumberText(b.min)}`} ${pct(b.share)}`).join(coreMessages(locale).clauseSep);
}
