import type { VoterKind } from "../model/vote";

/**
 * The meeting's details (SPEC §7): what the minutes record and the
 * documents' heads and signatures need. Every field may be absent until the
 * officer gives it; a document then leaves its place blank and says so
 * (TEMPLATE_VALUE_MISSING).
 */
export interface MeetingDetails {
  /** The block's name where the settings have none (the command line has no other place for it). */
  readonly block?: string;
  /**
   * The emulation year where the settings have none; the pane's one year of
   * the session, typed in step 1 (the blank scoresheets) or step 4 (the
   * meeting). Without it, the meeting date's year.
   */
  readonly year?: number;
  /** The day of the meeting, `2022-12-29`. */
  readonly date?: string;
  /** *Địa điểm*: the place, also the place of the date line (*Yên Bái, ngày …*). */
  readonly place?: string;
  /** *Chủ trì*: who chaired, usually the leader unit's head: the full name as signed (*Nguyễn Thị Minh Hòa*). */
  readonly chair?: string;
  /** The chair's form of address, *ông* / *bà*: in the body (*Chủ trì: bà …*), never under the signature. */
  readonly chairTitle?: string;
  /** *Thư ký*: who kept the minutes, the full name as signed. */
  readonly secretary?: string;
  /** The secretary's form of address, *ông* / *bà*. */
  readonly secretaryTitle?: string;
  /** The units present, by their roster names (checked by `checkPresent`). */
  readonly present?: readonly string[];
  /** Who votes (SPEC §5.1): the roster's units unless `delegates`. */
  readonly voters?: VoterKind;
  /** How many delegates the meeting has: no more delegate voters are counted. */
  readonly delegates?: number;
  /** *Số văn bản*: `12/BB-KTĐ`. */
  readonly documentNumber?: string;
  /** *Nơi nhận*: `Ban Thi đua - Khen thưởng tỉnh`, `Lưu: VT`. */
  readonly recipients?: readonly string[];
}

/**
 * The block's name and year as every printed page names them: the
 * settings', else the meeting's (the command line gives them only there).
 */
export function blockAndYear(settings: { readonly blockName: string; readonly year: number | null }, meeting: MeetingDetails | undefined): { blockName: string; year: number | null } {
  const blockName = settings.blockName.trim() || meeting?.block?.trim() || "";
  const year = settings.year ?? meeting?.year ?? (meeting?.date ? Number(meeting.date.slice(0, 4)) : null);
  return { blockName, year };
}
