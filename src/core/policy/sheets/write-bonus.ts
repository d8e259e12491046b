/**
 * Writing bonus tiers as the 奖金档位 sheet: one row per tier, one column per criterion
 * (`工单量 >=`), so HR reads the table at a glance.
 */
import type { Cell } from "../../model/cell";
import type { BonusTable, Criterion } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { coreMessages } from "../../i18n/messages";
import { bonusColumnLabel } from "./names";
import type { SheetData } from "./types";
import { valueCell } from "./values";
import { fieldSheetName } from "./vocabulary";

const key = (c: Criterion): string => `${c.field}\u0000${c.op}`;

/**
 * The criterion columns: every tier's criteria appear in its own order as a subsequence of the
 * columns (a column a tier adds goes before the next column it uses, else last), so reading the
 * sheet back gives each tier's criteria in the same order, even when tiers list them differently
 * or name one field twice.
 */
export function criterionColumnsOf(table: BonusTable): Criterion[] {
  const columns: Criterion[] = [];
  const find = (c: Criterion, from: number): number => {
    return columns.findIndex((col, i) => i >= from && key(col) === key(c));
  };
  for (const tier of table.tiers) {
    let at = 0;
    tier.criteria.forEach((c, j) => {
      let found = find(c, at);
      if (found < 0) {
        // A new column goes before the first column a later criterion of this tier will use, else last.
        const later = tier.criteria.slice(j + 1).map((d) => find(d, at)).filter((i) => i >= 0);
        found = later.length > 0 ? Math.min(...later) : columns.length;
        columns.splice(found, 0, c);
      }
      at = found + 1;
    });
  }
  return columns;
}

/** The 奖金档位 sheet: 档位 | 适用职级 | criterion columns | 月奖金(元) | 说明. */
export function bonusSheet(table: BonusTable, locale: Locale, name: string): SheetData {
  const columns = criterionColumnsOf(table);
  const sep = coreMessages(locale).listSep;
  const header: Cell[] = [
    bonusColumnLabel("tier", locale),
    bonusColumnLabel("levels", locale),
    ...columns.map((c) => `${fieldSheetName(c.field, locale)} ${c.op}`),
    bonusColumnLabel("amount", locale),
    bonusColumnLabel("note", locale),
  ];
  const rows: Cell[][] = [header];
  for (const tier of table.tiers) {
    const cells: Cell[] = columns.map(() => null);
    let at = 0;
    for (const c of tier.criteria) {
      const i = columns.findIndex((col, j) => j >= at && key(col) === key(c));
      if (i < 0) throw new Error(`internal: no bonus column for ${key(c)}`);
      cells[i] = valueCell(c.value, c.field, locale);
      at = i + 1;
    }
    rows.push([tier.name, (tier.levels ?? []).join(sep) || null, ...cells, tier.amount, tier.note ?? null]);
  }
  return { name, rows };
}
