/**
 * `xl/styles.xml` of the direct writer (xml-package.ts): each distinct look
 * a cell asks for becomes one cell format (`xf`), its font, fill, border and
 * number format registered once. A look is keyed by its text, so the million
 * cells of a score table cost a map look-up each, never a new style.
 *
 * A registry may serve several packages (the blank scoresheets of one block):
 * ids only grow, and each package writes the registry as it stands when the
 * package is finished, so a sheet's XML made for one package holds in the
 * next (xml-page-sheet.ts stamps it).
 */
import type { BorderStyle, CellStyle, FontSpec } from "../workbook/ports/page";
import { xmlText, XML_HEAD } from "./write-xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** What a cell format is made of, every part optional. */
export interface Look {
  readonly font?: FontSpec;
  /** `#RRGGBB`. */
  readonly fill?: string;
  readonly border?: CellStyle["border"];
  readonly numberFormat?: string;
  readonly horizontal?: CellStyle["horizontal"];
  readonly vertical?: CellStyle["vertical"];
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly unlocked?: boolean;
}

/** A conditional format's look: a fill and a font colour. */
export interface DiffLook {
  readonly fill: string;
  readonly fontColor?: string;
}

/** The default font, as Excel's blank workbook has it. */
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
/** Custom number formats start here; below are Excel's built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

/** The workbook's default font: Excel's Calibri 11 unless a writer sets another (the documents' Times New Roman, SPEC §7). */
export interface DefaultFont {
  readonly name: string;
  readonly size: number;
}

/** A look given its id: a cell format's (`xf`) or a conditional format's (`dxf`). */
export type StyleMade = { readonly xf: Look; readonly id: number } | { readonly dxf: DiffLook; readonly id: number };

export class StyleRegistry {
  private readonly fonts: Registry;
  private readonly fills = new Registry(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Registry(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Registry(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Registry([]);
  private readonly byKey = new Map<string, number>();
  /** Each look the first time it was given its id, in order (`made`, `replay`). */
  private readonly journal: StyleMade[] = [];

  constructor(private readonly defaultFont?: DefaultFont) {
    // Font 0 sizes Excel's column-width unit and fills every cell that sets no font.
    this.fonts = new Registry([defaultFont ? `<font><sz val="${defaultFont.size}"/><name val="${xmlText(defaultFont.name)}"/><family val="1"/></font>` : DEFAULT_FONT]);
  }

  /** The cell format's index (`s="…"`) of a look; 0 is the default. */
  xf(look: Look): number {
    const key = JSON.stringify(look);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.xfs.id(this.xfXml(look));
      this.byKey.set(key, id);
      this.journal.push({ xf: look, id });
    }
    return id;
  }

  /** The differential format's index (`dxfId`) of a conditional format's look. */
  dxf(look: DiffLook): number {
    const font = look.fontColor ? `<font><color rgb="${argb(look.fontColor)}"/></font>` : "";
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor rgb="${argb(look.fill)}"/></patternFill></fill>`;
    const known = this.dxfs.items.length;
    const id = this.dxfs.id(`<dxf>${font}${fill}</dxf>`);
    if (this.dxfs.items.length > known) this.journal.push({ dxf: look, id });
    return id;
  }

  /** The looks given an id so far, in order. */
  get made(): readonly StyleMade[] {
    return this.journal;
  }

  /**
   * Gives the looks another registry `made` the same ids, in the same order:
   * a new package begins so with a sheet written ahead in another
   * (prepared-sheet.ts). Throws if an id comes out otherwise: the sheet's
   * cells would show other formats.
   */
  replay(made: readonly StyleMade[]): void {
    for (const entry of made) {
      const id = "xf" in entry ? this.xf(entry.xf) : this.dxf(entry.dxf);
      if (id !== entry.id) throw new Error(`StyleRegistry: a look replayed as ${id}, made as ${entry.id}`);
    }
  }

  xml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    const list = (tag: string, items: readonly string[], always = true) => (items.length === 0 && !always ? "" : `<${tag} count="${items.length}">${items.join("")}</${tag}>`);
    return (
      XML_HEAD +
      `<styleSheet xmlns="${MAIN_NS}">` +
      list("numFmts", formats, false) +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private xfXml(look: Look): string {
    const numFmtId = look.numberFormat && look.numberFormat !== "General" ? this.formatId(look.numberFormat) : 0;
    const fontId = look.font ? this.fonts.id(fontXml(look.font, this.defaultFont)) : 0;
    const fillId = look.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = look.border ? this.borders.id(borderXml(look.border)) : 0;
    const aligned = look.horizontal || look.vertical || look.wrap || look.indent;
    const alignment = aligned
      ? "<alignment" +
        (look.horizontal ? ` horizontal="${look.horizontal}"` : "") +
        (look.vertical ? ` vertical="${look.vertical === "middle" ? "center" : look.vertical}"` : "") +
        (look.wrap ? ' wrapText="1"' : "") +
        (look.indent ? ` indent="${look.indent}"` : "") +
        "/>"
      : "";
    const protection = look.unlocked ? '<protection locked="0"/>' : "";
    const applied =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "") +
      (protection ? ' applyProtection="1"' : "");
    const inner = alignment + protection;
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${inner ? `>${inner}</xf>` : "/>"}`;
  }

  private formatId(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }
}

/** Items by their XML, each given the next index once. */
class Registry {
  readonly items: string[];
  private readonly ids = new Map<string, number>();

  constructor(initial: readonly string[]) {
    this.items = [...initial];
    initial.forEach((item, i) => this.ids.set(item, i));
  }

  id(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.ids.set(item, id);
    }
    return id;
  }
}

/** A font over the default one: what it leaves unset is the workbook's default (Calibri 11 unless set). */
function fontXml(font: FontSpec, base: DefaultFont = { name: "Calibri", size: 11 }): string {
  const name = font.name ?? base.name;
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.italic ? "<i/>" : "") +
    (font.underline ? "<u/>" : "") +
    `<sz val="${font.size ?? base.size}"/>` +
    (font.color ? `<color rgb="${argb(font.color)}"/>` : "") +
    `<name val="${xmlText(name)}"/>` +
    (name === "Calibri" ? '<family val="2"/>' : "") +
    "</font>"
  );
}

function borderXml(border: NonNullable<CellStyle["border"]>): string {
  const side = (tag: string, style: BorderStyle | undefined) => (style ? `<${tag} style="${style}"><color indexed="64"/></${tag}>` : `<${tag}/>`);
  return `<border>${side("left", border.left)}${side("right", border.right)}${side("top", border.top)}${side("bottom", border.bottom)}<diagonal/></border>`;
}

/** `#1F4E79` → `FF1F4E79`. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
