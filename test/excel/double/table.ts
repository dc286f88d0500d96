/** Tables and charts. */
import { OfficeError, ApplyState, Loadable, parseBox, boxAddress, overlaps } from "./base";
import { FakeTable, FakeChart, FakeSheet } from "./sheet";
import { FakeContext } from "./context";
import { WorksheetProxy } from "./worksheet";
import { RangeProxy } from "./range";

export class TableCollectionProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super();
  }
  fillItems(sheet: FakeSheet, state: ApplyState): void {
    const items = sheet.tables.map((table) => {
      const proxy = new TableProxy(this.context, () => table);
      proxy.fill("name", table.name, state);
      return proxy;
    });
    this.loaded.set("items", items);
  }
  get items(): TableProxy[] {
    return this.read("items");
  }
  /** As Excel: resolved when the queue runs; a table not on this sheet fails the request with ItemNotFound. */
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => {
      const table = this.worksheet.target().tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new OfficeError("ItemNotFound", `no table named ${name}`);
      return table;
    });
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | null = null;
    this.context.enqueue("tables.add", [address, hasHeaders], () => {
      const sheet = this.worksheet.target();
      const box = parseBox(address);
      for (const t of sheet.tables) if (overlaps(parseBox(t.address), box)) throw new OfficeError("InvalidOperation", `table over ${address} overlaps ${t.name}`);
      const headers: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const v = sheet.get(box.top, c);
        headers.push(v === undefined ? `Column${c - box.left + 1}` : typeof v === "object" ? JSON.stringify(v) : String(v));
      }
      if (!hasHeaders) throw new OfficeError("InvalidArgument", "the fake only knows tables with headers");
      let n = 1;
      for (const s of this.context.excel.workbook.sheets) n += s.tables.length;
      created = { name: `Table${n}`, address: boxAddress(box), style: "TableStyleMedium2", headers };
      sheet.tables.push(created);
    });
    return new TableProxy(this.context, () => {
      if (!created) throw new OfficeError("ItemNotFound", "table was not added");
      return created;
    });
  }
}

export class TableProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly target: () => FakeTable,
  ) {
    super();
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.enqueue("table.name", value, () => {
      const table = this.target();
      this.context.excel.checkTableName(value, table);
      table.name = value;
    });
  }
  set style(value: string) {
    this.context.enqueue("table.style", value, () => {
      this.target().style = value;
    });
  }
  /** The table's rows under its header (the fake's tables always have one). */
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.target();
      const box = parseBox(table.address);
      const sheet = this.context.excel.workbook.sheets.find((s) => s.tables.includes(table));
      if (!sheet) throw new OfficeError("ItemNotFound", `table ${table.name} has no sheet`);
      return { sheet, box: { ...box, top: box.top + 1 } };
    });
  }
}

export class ChartCollectionProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {}
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let chart: FakeChart | null = null;
    this.context.enqueue("charts.add", [type, seriesBy], () => {
      const target = source.target();
      if (!target) throw new OfficeError("InvalidArgument", "null range");
      chart = { type, source: boxAddress(target.box), seriesBy };
      this.worksheet.target().charts.push(chart);
    });
    return new ChartProxy(this.context, () => {
      if (!chart) throw new OfficeError("ItemNotFound", "chart was not added");
      return chart;
    });
  }
}

export class ChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(i: number): { setXAxisValues(range: RangeProxy): void } };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  constructor(
    private readonly context: FakeContext,
    private readonly target: () => FakeChart,
  ) {
    const setter = <K extends keyof FakeChart>(key: K) => ({
      set: (value: FakeChart[K]) => context.enqueue(`chart.${key}`, value, () => void (this.target()[key] = value)),
      get: () => {
        throw new OfficeError("PropertyNotLoaded", `chart.${key}`);
      },
    });
    this.title = Object.defineProperty({} as { text: string }, "text", setter("title"));
    this.legend = Object.defineProperty({} as { visible: boolean }, "visible", setter("legendVisible"));
    this.axes = { categoryAxis: Object.defineProperty({} as { reversePlotOrder: boolean }, "reversePlotOrder", setter("categoriesReversed")) };
    this.series = {
      getItemAt: (i: number) => ({
        setXAxisValues: (range: RangeProxy) =>
          context.enqueue("series.setXAxisValues", i, () => {
            const r = range.target();
            if (!r) throw new OfficeError("InvalidArgument", "null range");
            this.target().xValues = boxAddress(r.box);
          }),
      }),
    };
  }
  setPosition(start: string, end?: string): void {
    this.context.enqueue("chart.setPosition", [start, end], () => {
      this.target().position = start;
      if (end !== undefined) this.target().positionEnd = end;
    });
  }
}
