/**
 * The criteria table's hierarchy built from its rows' numbering (SPEC §2.2).
 * Beyond the spec:
 * - a sub-criterion `2.1` hangs under the nearest existing dotted prefix,
 *   else the open criterion, else the section; an item `a)` under the open
 *   sub-criterion, else criterion, else section;
 * - a row with a max but no numbering (blank or a bullet) goes one level
 *   below the last numbered row, with the parent's id and a running number
 *   in brackets (`I.2.(1)`), so it never clashes with a real `I.2.1`;
 * - a repeated id (a table typed without diacritics lists `d)` for `đ)`)
 *   gets `#2`, `#3`…;
 * - upper-case `A.`, `B.` met before anything is open are parts (*A. Phần
 *   chấm điểm*): sections, or only the heading of the Roman sections that
 *   follow (dropped, passing its bonus/deduction kind on); elsewhere an
 *   upper-case letter is an item, and `I` right after an item `H` is the
 *   ninth item;
 * - children inherit their parent's kind; maxima are magnitudes (`-5` in a
 *   deduction section is 5).
 */
import type { CriterionKind, CriterionLevel } from "../../model/criteria";
import type { Numbering } from "../../text/numbering";
import type { RowInfo } from "./criteria-rows";
import { kindFromText } from "./criterion-kind";

export interface Node {
  id: string;
  level: CriterionLevel;
  parent: Node | null;
  number: string;
  text: string;
  maxPoints: number | null;
  /** The table prints the max below zero (`−5`). */
  maxNegative: boolean;
  kind: CriterionKind;
  mixed: boolean;
  allowedValues: number[] | null;
  row: number;
  children: Node[];
  /** An upper-case part (`A.`) that only heads Roman sections. */
  isPart: boolean;
  partHeadsSections: boolean;
}

const LEVEL_BELOW: Readonly<Record<CriterionLevel, CriterionLevel>> = {
  section: "criterion",
  criterion: "subcriterion",
  subcriterion: "item",
  item: "item",
};

const NEXT_LETTER: Readonly<Record<string, string>> = { h: "I", u: "V", w: "X" };

export class CriteriaBuilder {
  readonly nodes: Node[] = [];
  private readonly byId = new Map<string, Node>();
  private readonly generated = new Map<Node | null, number>();
  private section: Node | null = null;
  private criterion: Node | null = null;
  private sub: Node | null = null;
  private lastNumbered: Node | null = null;
  private lastNumbering: Numbering | null = null;
  private part: Node | null = null;
  private partsMode = false;

  private unique(id: string): string {
    if (!this.byId.has(id)) return id;
    let k = 2;
    while (this.byId.has(`${id}#${k}`)) k++;
    return `${id}#${k}`;
  }

  private add(
    info: RowInfo,
    level: CriterionLevel,
    parent: Node | null,
    idBase: string,
    number: string,
    isPart = false,
  ): Node {
    const id = this.unique(idBase);
    let kind: CriterionKind = "normal";
    let mixed = false;
    if (parent && parent.kind !== "normal") {
      kind = parent.kind;
    } else if (level === "section" || parent === null || parent.mixed) {
      const fromText = kindFromText(info.text);
      mixed = fromText === "mixed";
      kind = fromText === "mixed" ? "normal" : fromText;
      if (kind === "normal" && !mixed && level === "section" && !isPart && this.part && this.part.kind !== "normal") {
        kind = this.part.kind;
      }
    }
    const node: Node = {
      id,
      level,
      parent,
      number,
      text: info.text,
      maxPoints: info.max === null ? null : Math.abs(info.max),
      maxNegative: info.max !== null && info.max < 0,
      kind,
      mixed,
      allowedValues: info.allowed,
      row: info.row,
      children: [],
      isPart,
      partHeadsSections: false,
    };
    this.byId.set(id, node);
    this.nodes.push(node);
    parent?.children.push(node);
    return node;
  }

  private prefix(): string {
    return this.section ? `${this.section.id}.` : "";
  }

  numbered(info: RowInfo, numbering: Numbering): void {
    let n = numbering;
    // `I` right after an upper-case item `H` is the ninth item.
    if (n.level === "section" && this.lastNumbering?.level === "item" && this.lastNumbering.uppercase) {
      if (NEXT_LETTER[this.lastNumbering.letter] === n.key) {
        n = { level: "item", printed: n.printed, key: n.key.toLowerCase(), letter: n.key.toLowerCase(), uppercase: true };
      }
    }
    let node: Node;
    if (n.level === "item" && n.uppercase && /^[a-zđ]$/.test(n.letter) && (this.partsMode || this.nothingOpen())) {
      this.partsMode = true;
      node = this.add(info, "section", null, n.key.toUpperCase(), n.printed, true);
      this.part = node;
      this.openSection(node);
    } else if (n.level === "section") {
      if (this.part && this.part.children.length === 0 && this.section === this.part) this.part.partHeadsSections = true;
      node = this.add(info, "section", null, n.key, n.printed);
      this.openSection(node);
    } else if (n.level === "criterion") {
      node = this.add(info, "criterion", this.section, this.prefix() + n.key, n.printed);
      this.criterion = node;
      this.sub = null;
    } else if (n.level === "subcriterion") {
      node = this.add(info, "subcriterion", this.subParent(n.parts), this.prefix() + n.key, n.printed);
      this.sub = node;
    } else {
      const parent = this.sub ?? this.criterion ?? this.section;
      node = this.add(info, "item", parent, (parent ? `${parent.id}.` : "") + n.key, n.printed);
    }
    this.lastNumbered = node;
    this.lastNumbering = n;
  }

  /** A row with a max and no numbering: one level below the last numbered row. */
  unnumbered(info: RowInfo): void {
    const parent = this.lastNumbered;
    const count = (this.generated.get(parent) ?? 0) + 1;
    this.generated.set(parent, count);
    const level = parent ? LEVEL_BELOW[parent.level] : "criterion";
    this.add(info, level, parent, `${parent ? `${parent.id}.` : ""}(${count})`, "");
  }

  private nothingOpen(): boolean {
    return this.section === null && this.criterion === null && this.sub === null && this.nodes.length === 0;
  }

  private openSection(node: Node): void {
    this.section = node;
    this.criterion = null;
    this.sub = null;
  }

  /** The nearest existing dotted prefix (`I.2.3` for `2.3.1`), else the open criterion, else the section. */
  private subParent(parts: readonly number[]): Node | null {
    for (let k = parts.length - 1; k >= 1; k--) {
      const found = this.byId.get(this.prefix() + parts.slice(0, k).join("."));
      if (found) return found;
    }
    return this.criterion ?? this.section;
  }

  /** Parts that only headed Roman sections are dropped; returns the nodes kept. */
  finish(): Node[] {
    return this.nodes.filter((node) => !(node.isPart && node.partHeadsSections && node.children.length === 0));
  }
}
