/** Showing a cell or a sheet to the user. */

/** Splits `'My Sheet'!F7` / `Sheet1!F7` into the sheet name and the address. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", cell: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1) };
}

/** Activates the cell's sheet and selects the cell (`客服部!N51`); one request. */
export async function selectCell(address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  await Excel.run(async (context) => {
    const ws = sheet === "" ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** Activates a sheet by name; one request. */
export async function showSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** Columns of a selected row read by {@link selectedRow} (a 晋升评审 row has far fewer). */
export const SELECTED_ROW_COLUMNS = 64;

/**
 * The sheet and values of the selected cell's row, over its sheet's used columns (at most
 * {@link SELECTED_ROW_COLUMNS}); null on an empty sheet or a selection Excel refuses to return
 * (several areas). Two requests.
 * @example
 * await selectedRow() // { sheet: "晋升评审", values: ["", "KF1001", "张三", ...] }
 */
export async function selectedRow(): Promise<{ sheet: string; values: unknown[] } | null> {
  try {
    return await Excel.run(async (context) => {
      const selection = context.workbook.getSelectedRange().load("rowIndex");
      const ws = selection.worksheet.load("name");
      const used = ws.getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
      await context.sync();
      if (used.isNullObject) return null;
      const row = ws.getRangeByIndexes(selection.rowIndex, used.columnIndex, 1, Math.min(used.columnCount, SELECTED_ROW_COLUMNS)).load("values");
      await context.sync();
      return { sheet: ws.name, values: (row.values[0] ?? []) as unknown[] };
    });
  } catch {
    return null;
  }
}
