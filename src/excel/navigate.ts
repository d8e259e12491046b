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
