/**
 * Writing a policy as three sheets HR can read and edit: 晋升方案 (header block, notes, field
 * list), 职级 (levels) and 规则 (rules).
 */
import type { Cell } from "../../model/cell";
import { DERIVED_FIELDS, FIELDS } from "../../model/fields";
import type { BlockerRule, CalibrationSetting, Criterion, LevelPay, Policy, Step } from "../../model/policy";
import { plainNumberText } from "../../read/text";
import { bandsText } from "./calibration-syntax";
import { CALIBRATION_KEYS, calibrationKeyLabel, PAY_COLUMNS, type CalibrationKey, type LevelColumn, type PayColumn } from "./names";
import type { Locale } from "../../i18n/locale";
import { coreMessages } from "../../i18n/messages";
import { bonusSheet } from "./write-bonus";
import { developmentSheet, keyLevelCell, talentHeaderRows } from "./talent-sheets";
import { talentSettings } from "../../talent/defaults";
import { NINE_BOX_KEYS, nineBoxKeyLabel } from "./names";
import { HEADER_KEYS, LEVEL_COLUMNS, RULE_COLUMNS, type HeaderKey, headerKeyLabel, levelColumnLabel, policySheetNames, ruleColumnLabel } from "./names";
import { EDIT_NOTES, SHEET_WORDS, TYPE_NOTES } from "./notes";
import type { SheetData } from "./types";
import { valueCell } from "./values";
import { allLevelsText, blockerPathText, fieldSheetName, flagText, pathText } from "./vocabulary";
import { windowFieldText } from "./window-syntax";
import { must } from "../../util/must";

/** Roster fields that identify a row rather than qualify it: not offered in the field list. */
const NOT_CRITERIA: ReadonlySet<string> = new Set(["id", "name", "level", "hire_date", "level_date"]);

function headerValue(policy: Policy, key: HeaderKey): Cell {
  switch (key) {
    case "sources":
      return (policy.sources ?? []).join("；");
    case "revised":
      return policy.revised ?? null;
    default:
      return policy[key];
  }
}

/** The field list below the notes: name, type, example. */
function fieldList(locale: Locale): Cell[][] {
  const w = SHEET_WORDS[locale];
  const rows: Cell[][] = [[w.fields, w.type, w.example]];
  const derived = ["years_in_level", "tenure", "score"].map((k) => must(DERIVED_FIELDS.find((f) => f.key === k), `derived field ${k}`));
  for (const f of [...derived, ...FIELDS]) {
    if (NOT_CRITERIA.has(f.key)) continue;
    const [type, example] = TYPE_NOTES[locale][f.type] ?? ["", ""];
    rows.push([fieldSheetName(f.key, locale), type, example]);
  }
  return rows;
}

/** The 9-box rows of the header block (`九宫格绩效分界 | 70, 85`), only when the policy sets them. */
function nineBoxRows(policy: Policy, locale: Locale): Cell[][] {
  const setting = policy.nineBox;
  if (!setting) return [];
  return NINE_BOX_KEYS.map((k): Cell[] => [nineBoxKeyLabel(k, locale), setting[k].join(", ")]);
}

/** 晋升方案: the header block (rows 1-7, then the 9-box rows when set), the how-to-edit notes, then the field list. */
function policySheet(policy: Policy, locale: Locale, name: string): SheetData {
  const w = SHEET_WORDS[locale];
  const rows: Cell[][] = [[w.item, w.content], ...HEADER_KEYS.map((k): Cell[] => [headerKeyLabel(k, locale), headerValue(policy, k)]), ...nineBoxRows(policy, locale), ...calibrationRows(policy, locale), ...talentHeaderRows(talentSettings(policy), locale), []];
  EDIT_NOTES[locale].forEach((note, i) => rows.push([i === 0 ? w.notes : null, note]));
  rows.push([], ...fieldList(locale));
  return { name, rows };
}

/** The 校准 rows of the header block (校准容差, 目标分布, 分布容差), only those the policy sets. */
function calibrationRows(policy: Policy, locale: Locale): Cell[][] {
  const c = policy.calibration;
  if (!c) return [];
  return CALIBRATION_KEYS.flatMap((k): Cell[][] => {
    const value = calibrationValue(c, k, locale);
    return value === null ? [] : [[calibrationKeyLabel(k, locale), value]];
  });
}

/** One 校准 setting as written in its cell, or null when the policy leaves it unset. */
function calibrationValue(c: CalibrationSetting, k: CalibrationKey, locale: Locale): Cell | null {
  if (k === "bands") return c.bands ? bandsText(c.bands, locale) : null;
  if (k === "bandTolerance") return c.bandTolerance === undefined ? null : `${plainNumberText(Math.round(c.bandTolerance * 1e8) / 1e6)}%`;
  return c.tolerance ?? null;
}

/** The pay columns a level row has (issue #21): 月薪, 薪资最低, 薪资中位, 薪资最高, each when some level sets it. */
function payColumns(policy: Policy): PayColumn[] {
  return PAY_COLUMNS.filter((c) => policy.levels.some((l) => l.pay?.[PAY_FIELD[c]] !== undefined));
}

const PAY_FIELD: Readonly<Record<PayColumn, keyof LevelPay>> = { pay: "monthly", payMin: "min", payMid: "mid", payMax: "max" };

function levelsSheet(policy: Policy, locale: Locale, name: string): SheetData {
  const next = (level: string): string =>
    policy.steps
      .filter((s) => s.from === level)
      .map((s) => s.to)
      .join(coreMessages(locale).listSep);
  const pay = payColumns(policy);
  const columns: LevelColumn[] = [...LEVEL_COLUMNS.slice(0, -2), ...pay, "next", "key"];
  const rows: Cell[][] = [columns.map((c) => levelColumnLabel(c, locale))];
  const talent = talentSettings(policy);
  policy.levels.forEach((level, i) => {
    rows.push([
      level.track ?? null,
      i + 1,
      level.name,
      (level.aliases ?? []).join(coreMessages(locale).listSep) || null,
      level.reserve ? flagText(true, locale) : null,
      level.allowance ?? null,
      ...pay.map((c) => level.pay?.[PAY_FIELD[c]] ?? null),
      next(level.name) || null,
      keyLevelCell(level.name, talent, locale),
    ]);
  });
  return { name, rows };
}

/** The rows of one step: each path's criteria, then the composite score's components. */
function stepRows(step: Step, locale: Locale): Cell[][] {
  const w = SHEET_WORDS[locale];
  const vacancy = step.vacancy ? flagText(true, locale) : null;
  const rows: Cell[][] = [];
  for (const path of step.paths) {
    for (const c of path.criteria) {
      const note = c.field === "score" ? w.scoreRow : step.vacancy && rows.length === 0 ? w.vacancyRow : null;
      rows.push([step.from, step.to, pathText(path), criterionFieldText(c, locale), c.op, valueCell(c.value, c.field, locale, c.window), null, vacancy, note]);
    }
  }
  for (const [field, weight] of Object.entries(step.score?.weights ?? {})) {
    rows.push([step.from, step.to, null, fieldSheetName(field, locale), null, null, weight, vacancy, w.weightRow]);
  }
  return rows;
}

/** The 字段 cell of a criterion: the field, with its window before it (`近6月平均:客户满意度`). */
function criterionFieldText(c: Criterion, locale: Locale): string {
  return c.window ? windowFieldText(c.field, c.window, locale) : fieldSheetName(c.field, locale);
}

/** A blocker row: 从/到 (全部 for every level), 路径 否决, the criterion, its reason in 说明. */
function blockerRow(b: BlockerRule, locale: Locale): Cell[] {
  const c = b.criterion;
  const all = allLevelsText(locale);
  return [b.from ?? all, b.to ?? all, blockerPathText(locale), criterionFieldText(c, locale), c.op, valueCell(c.value, c.field, locale, c.window), null, null, b.label ?? null];
}

function rulesSheet(policy: Policy, locale: Locale, name: string): SheetData {
  return {
    name,
    rows: [
      RULE_COLUMNS.map((c) => ruleColumnLabel(c, locale)),
      ...policy.steps.flatMap((s) => stepRows(s, locale)),
      ...(policy.blockers ?? []).map((b) => blockerRow(b, locale)),
    ],
  };
}

/**
 * The policy as three sheets, in Chinese (default) or English: 晋升方案 (header block: id, name,
 * English name, version, revision date, sources; how-to-edit notes; the fields that can be
 * used), 职级 (track, order, level, aliases, reserve, monthly allowance, next levels) and 规则
 * (from, to, path, field, operator, value, weight, vacancy, note), plus 奖金档位 (tier, levels,
 * one column per criterion, monthly bonus, note) when the policy has bonus tiers.
 * {@link policyFromSheets} reads them back to an equal policy.
 */
export function policyToSheets(policy: Policy, locale: Locale = "zh-CN"): SheetData[] {
  const names = policySheetNames(locale);
  const sheets = [policySheet(policy, locale, names.policy), levelsSheet(policy, locale, names.levels), rulesSheet(policy, locale, names.rules)];
  if (policy.bonus) sheets.push(bonusSheet(policy.bonus, locale, names.bonus));
  sheets.push(developmentSheet(talentSettings(policy).actions, locale, names.development));
  return sheets;
}
