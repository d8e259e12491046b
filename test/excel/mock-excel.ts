/**
 * An Excel workbook for the adapter's unit tests, built from office-addin-mock's
 * `OfficeMockObject`: every object the adapter touches is a mock with Office.js's load/sync
 * contract (reading a property before `load` + `context.sync()` gives the mock's "not loaded"
 * error text). `context.sync()` is wrapped to count requests, apply the queued writes to an
 * in-memory grid and measure each request's and response's JSON payload independently of the
 * adapter's own estimates.
 */
import { OfficeMockObject } from "office-addin-mock";

type Value = string | number | boolean;

/** One sheet of the in-memory workbook. */
export interface MockSheet {
  name: string;
  readonly id: string;
  readonly rows: Map<number, Value[]>;
  readonly formats: Map<number, string[]>;
}

/** What one request carried. */
export interface MockRequest {
  /** JSON bytes of the values and number formats written. */
  readonly sent: number;
  /** JSON bytes of the values and number formats loaded. */
  readonly received: number;
}

type Loader = { mock: OfficeMockObject; props: string[]; fill: (props: string[]) => Record<string, unknown> };

const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x), "utf8");

/** The mock workbook and the `Excel` global over it. */
export class MockExcel {
  readonly sheets: MockSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly tables: { name: string; sheet: MockSheet }[] = [];
  readonly requests: MockRequest[] = [];
  selection = { sheet: "", r0: 0, c0: 0, nr: 1, nc: 1 };
  private nextId = 1;
  private created: OfficeMockObject[] = [];
  private ranges: { mock: OfficeMockObject; sheet: MockSheet; r0: number; c0: number }[] = [];
  private loads: Loader[] = [];
  /** The `Excel` global (an OfficeMockObject). */
  readonly excel: OfficeMockObject;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the data objects' methods get the mock as `this`
    const self = this;
    this.excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => self.worksheetMock(self.sheet(name)),
            getActiveWorksheet: () => self.worksheetMock(self.sheet(self.selection.sheet)),
            add: (name: string) => self.worksheetMock(self.addSheet(name)),
            load(this: OfficeMockObject, props: string) {
              self.deferLoad(this, props, () => ({ items: self.sheets.map((s, i) => ({ name: s.name, id: s.id, position: i })) }));
              return this;
            },
          },
          tables: {
            load(this: OfficeMockObject, props: string) {
              self.deferLoad(this, props, () => ({ items: self.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } })) }));
              return this;
            },
          },
          settings: {
            getItemOrNullObject: (key: string) => {
              const item = self.track(new OfficeMockObject({ value: self.settings.has(key) ? JSON.stringify(self.settings.get(key)) : "" }));
              // isNullObject is readable after any sync in Office.js, without a load of its own.
              return Object.assign(item, { isNullObject: !self.settings.has(key) });
            },
            add: (key: string, value: unknown) => self.settings.set(key, typeof value === "string" ? JSON.parse(value) : value),
          },
          getSelectedRange: () => self.rangeMock(self.sheet(self.selection.sheet), self.selection.r0, self.selection.c0, self.selection.nr, self.selection.nc),
        },
        application: { suspendApiCalculationUntilNextSync: () => undefined },
      },
      run: async function (this: OfficeMockObject, batch: (context: unknown) => Promise<unknown>) {
        return batch((this as unknown as { context: unknown }).context);
      },
    });
    const context = (this.excel as unknown as { context: OfficeMockObject & { sync: () => Promise<void> } }).context;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      await sync();
      this.flush();
      // The mocks' own sync() settles their properties in microtasks: let them finish.
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
  }

  /** Adds a sheet with rows of values (and number formats) from A1. */
  addSheet(name: string, rows: Value[][] = [], formats?: string[][]): MockSheet {
    const sheet: MockSheet = { name, id: `{S${this.nextId++}}`, rows: new Map(), formats: new Map() };
    rows.forEach((r, i) => sheet.rows.set(i, r.slice()));
    formats?.forEach((f, i) => sheet.formats.set(i, f.slice()));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** A cell's value (0-based), "" when empty. */
  cell(name: string, r: number, c: number): Value {
    return this.sheet(name).rows.get(r)?.[c] ?? "";
  }

  /** The sheet's rows from A1, trailing empty rows dropped. */
  values(name: string): Value[][] {
    const s = this.sheet(name);
    const last = Math.max(-1, ...s.rows.keys());
    return Array.from({ length: last + 1 }, (_, r) => s.rows.get(r) ?? []);
  }

  get syncs(): number {
    return this.requests.length;
  }

  private track<T extends OfficeMockObject>(m: T): T {
    this.created.push(m);
    return m;
  }

  private deferLoad(mock: OfficeMockObject, props: string | string[] | undefined, fill: (props: string[]) => Record<string, unknown>): void {
    const list = (Array.isArray(props) ? props : String(props ?? "").split(",")).map((p) => p.trim().split("/")[0]!).filter(Boolean);
    this.loads.push({ mock, props: list, fill });
  }

  private used(sheet: MockSheet): { r0: number; c0: number; nr: number; nc: number } | null {
    let r1 = -1;
    let c1 = -1;
    let r0 = Infinity;
    for (const [r, row] of sheet.rows) {
      const filled = row.some((v) => v !== "" && v !== undefined);
      if (!filled) continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, row.length - 1);
    }
    return r1 < 0 ? null : { r0, c0: 0, nr: r1 - r0 + 1, nc: c1 + 1 };
  }

  private grid(sheet: MockSheet, r0: number, c0: number, nr: number, nc: number, formats: boolean): unknown[][] {
    const src = formats ? sheet.formats : sheet.rows;
    return Array.from({ length: nr }, (_, i) => {
      const row = src.get(r0 + i);
      return Array.from({ length: nc }, (_, j) => row?.[c0 + j] ?? (formats ? "General" : ""));
    });
  }

  /** A range mock; values/numberFormat are loaded at sync time, writes applied at sync time. */
  rangeMock(sheet: MockSheet, r0: number, c0: number, nr: number, nc: number, isNull = false): OfficeMockObject {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the data objects' methods get the mock as `this`
    const self = this;
    const mock = this.track(
      new OfficeMockObject({
        format: { fill: {}, font: {} },
        // Range.merge (ExcelApi 1.2): the summary merges a long fact over its columns.
        merge: () => undefined,
        conditionalFormats: { add: () => self.track(new OfficeMockObject({ cellValue: { format: { fill: {}, font: {} } } })) },
        worksheet: {
          load(this: OfficeMockObject, props: string) {
            self.deferLoad(this, props, () => ({ name: sheet.name }));
            return this;
          },
        },
        getSurroundingRegion: () => {
          const u = self.used(sheet) ?? { r0, c0, nr: 1, nc: 1 };
          return self.rangeMock(sheet, u.r0, u.c0, u.nr, u.nc);
        },
        getTables: () =>
          self.track(
            new OfficeMockObject({
              load(this: OfficeMockObject, props: string) {
                self.deferLoad(this, props, () => ({ items: [] }));
                return this;
              },
            }),
          ),
        select: () => {
          self.selection = { sheet: sheet.name, r0, c0, nr, nc };
        },
        load(this: OfficeMockObject, props: string) {
          self.deferLoad(this, props, (names) => {
            const out: Record<string, unknown> = { rowIndex: r0, columnIndex: c0, rowCount: nr, columnCount: nc, isNullObject: isNull };
            if (names.includes("values")) out.values = self.grid(sheet, r0, c0, nr, nc, false);
            if (names.includes("numberFormat")) out.numberFormat = self.grid(sheet, r0, c0, nr, nc, true);
            return out;
          });
          return this;
        },
      }),
    );
    this.ranges.push({ mock, sheet, r0, c0 });
    return mock;
  }

  private worksheetMock(sheet: MockSheet): OfficeMockObject {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the data objects' methods get the mock as `this`
    const self = this;
    return this.track(
      new OfficeMockObject({
        getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => self.rangeMock(sheet, r, c, nr, nc),
        getRange: (address: string) => {
          const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/.exec(address)!;
          const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const r0 = m[2] ? Number(m[2]) - 1 : 0;
          const r1 = m[4] ? Number(m[4]) - 1 : m[2] ? r0 : 0;
          return self.rangeMock(sheet, r0, col(m[1]!), r1 - r0 + 1, col(m[3] ?? m[1]!) - col(m[1]!) + 1);
        },
        getUsedRangeOrNullObject: () => {
          const u = self.used(sheet);
          return self.rangeMock(sheet, u?.r0 ?? 0, u?.c0 ?? 0, u?.nr ?? 1, u?.nc ?? 1, u === null);
        },
        tables: {
          add: () => {
            const t = { name: "", sheet };
            self.tables.push(t);
            return self.track(
              new OfficeMockObject({
                getTotalRowRange: () => self.track(new OfficeMockObject({})),
                getHeaderRowRange: () => self.track(new OfficeMockObject({ format: {} })),
                resize: () => undefined,
              }),
            );
          },
          getItemAt: () => self.track(new OfficeMockObject({ resize: () => undefined })),
          load(this: OfficeMockObject, props: string) {
            self.deferLoad(this, props, () => ({ items: self.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name })) }));
            return this;
          },
        },
        freezePanes: { freezeRows: () => undefined },
        charts: { add: () => self.track(new OfficeMockObject({ title: {}, legend: {}, setPosition: () => undefined })) },
        activate: () => undefined,
        delete: () => {
          self.sheets.splice(self.sheets.indexOf(sheet), 1);
        },
        load(this: OfficeMockObject, props: string) {
          self.deferLoad(this, props, () => ({ id: sheet.id, name: sheet.name }));
          return this;
        },
      }),
    );
  }

  /** After a sync: apply writes, satisfy loads, record the payloads. */
  private flush(): void {
    let sent = 0;
    let received = 0;
    for (const { mock, sheet, r0, c0 } of this.ranges) {
      const m = mock as unknown as { values?: unknown; numberFormat?: unknown };
      for (const [prop, target] of [
        ["values", sheet.rows],
        ["numberFormat", sheet.formats],
      ] as const) {
        const v = m[prop];
        if (!Array.isArray(v)) continue;
        sent += bytes(v);
        const grid = v as Value[][];
        // A 1x1 array sets every cell of the range (broadcast); the mock keeps it as one record.
        grid.forEach((row, i) => {
          const line = (target as Map<number, unknown[]>).get(r0 + i) ?? [];
          row.forEach((x, j) => (line[c0 + j] = x));
          (target as Map<number, unknown[]>).set(r0 + i, line);
        });
      }
    }
    const loads = this.loads;
    this.loads = [];
    for (const l of loads) {
      const data = l.fill(l.props);
      for (const [k, v] of Object.entries(data)) {
        if (k === "values" || k === "numberFormat") received += bytes(v);
        (l.mock as unknown as { setValue(k: string, v: unknown): void }).setValue(k, v);
        // The mock's own load (the data object's `load` is the deferring one above).
        if (typeof v !== "object" || v === null || Array.isArray(v)) OfficeMockObject.prototype.load.call(l.mock, k);
      }
    }
    for (const m of [...this.created, ...loads.map((l) => l.mock)]) void m.sync();
    this.requests.push({ sent, received });
    this.created = [];
    this.ranges = [];
    this.loads = [];
  }
}
