import type { BlockSettings } from "../model/block";
import type { Nomination, Ranking } from "../model/result";
import type { Unit } from "../model/unit";
import { createUnitMatcher } from "../read/units/unit-match";
import { type ProposalVote, proposalPasses, voteShare } from "../model/vote";
import { xmlSafeText } from "../text/xml-safe";
import { passedOverSentence } from "../i18n/passed-over-words";
import { whyNotProposed } from "../nominate/passed-over";
import { viLongDate, viNumber, viPercent, viShortDate } from "./format";
import { personInText, personOf } from "./form-of-address";
import type { MeetingDetails } from "./meeting";
import type { BlockPlaceholder, ProposalPlaceholder, RankingPlaceholder } from "./placeholders";
import { methodInWords, recipientLines, thresholdInWords, turnedDownInWords } from "./wording";

/**
 * What each placeholder of SPEC §7 stands for, from the engine's results,
 * the settings and the meeting's details. A value keeps its kind so that a
 * cell holding only its placeholder gets a number or a date, not text.
 */
export type DocValue =
  | { readonly kind: "text"; readonly text: string }
  /** Shown with `decimals` decimals: the block's rounding for averages, 0 for counts and ranks. */
  | { readonly kind: "number"; readonly value: number; readonly decimals: number }
  | { readonly kind: "percent"; readonly value: number }
  /** A calendar day, `2022-12-29`. */
  | { readonly kind: "date"; readonly date: string }
  /** Not given yet (no chair, no vote): written blank, reported as TEMPLATE_VALUE_MISSING. */
  | { readonly kind: "missing" };

export interface DocumentValues {
  readonly block: Readonly<Record<BlockPlaceholder, DocValue>>;
  /** The proposals listed, award then rank (only those that passed, once votes are recorded). */
  readonly dong: readonly Readonly<Record<ProposalPlaceholder, DocValue>>[];
  /** Every ranked unit, by rank. */
  readonly xh: readonly Readonly<Record<RankingPlaceholder, DocValue>>[];
}

export interface DocumentInput {
  readonly settings: BlockSettings;
  readonly units: readonly Unit[];
  readonly ranking: Ranking;
  readonly nominations: readonly Nomination[];
  readonly meeting: MeetingDetails;
  /** The vote's results (SPEC §5.1); absent before the vote, and the vote's placeholders are then missing. */
  readonly votes?: readonly ProposalVote[];
}

const MISSING: DocValue = { kind: "missing" };
const text = (value: string | undefined): DocValue => {
  const clean = value === undefined ? "" : xmlSafeText(value).trim();
  return clean === "" ? MISSING : { kind: "text", text: clean };
};
const count = (value: number): DocValue => ({ kind: "number", value, decimals: 0 });

export function documentValues(input: DocumentInput): DocumentValues {
  const { settings, meeting, ranking } = input;
  const decimals = settings.rounding;
  const roleName = (role: Unit["role"]) =>
    text(
      input.units
        .filter((u) => u.role === role)
        .map((u) => u.name)
        .join("; "),
    );
  const year = settings.year ?? meeting.year ?? (meeting.date ? Number(meeting.date.slice(0, 4)) : null);
  const dong = proposalRows(input, decimals);
  const present = meeting.present;
  // Under a signature the name alone; in the body with its ông/bà (SPEC §7).
  const chair = personOf(meeting.chair, meeting.chairTitle);
  const secretary = personOf(meeting.secretary, meeting.secretaryTitle);

  const block: Record<BlockPlaceholder, DocValue> = {
    ten_khoi: text(settings.blockName.trim() || meeting.block),
    // A year is no quantity: 2026, not 2.026.
    nam: year === null ? MISSING : { kind: "text", text: String(year) },
    ngay: meeting.date ? { kind: "date", date: meeting.date } : MISSING,
    ngay_day_du: meeting.date ? text(viLongDate(meeting.date)) : MISSING,
    dia_diem: text(meeting.place),
    so_van_ban: text(meeting.documentNumber),
    noi_nhan: meeting.recipients && meeting.recipients.length > 0 ? text(recipientLines(meeting.recipients)) : MISSING,
    truong_khoi: roleName("leader"),
    pho_truong_khoi: roleName("deputy"),
    chu_tri: text(chair?.name),
    thu_ky: text(secretary?.name),
    chu_tri_day_du: text(chair && personInText(chair)),
    thu_ky_day_du: text(secretary && personInText(secretary)),
    so_don_vi: count(input.units.length),
    so_don_vi_co_mat: present ? count(present.length) : MISSING,
    don_vi_co_mat: present ? text(present.join("; ")) : MISSING,
    don_vi_vang_mat: present ? text(absentUnits(input.units, present)) : MISSING,
    so_phieu: count(ranking.units.reduce((sum, u) => sum + u.scorers, 0)),
    phuong_phap: text(methodInWords(ranking.method, ranking.trim)),
    nguong_bieu_quyet: text(thresholdInWords(settings.voteThreshold, settings.voteRule)),
    so_de_nghi: count(dong.length),
    ly_do_khong_de_nghi: text(passedOverInWords(input)),
    ...ballots(input),
  };

  const xh = ranking.units
    .filter((u) => u.rank !== null && u.average !== null)
    .map(
      (u, i): Record<RankingPlaceholder, DocValue> => ({
        "xh.stt": count(i + 1),
        "xh.ten_don_vi": { kind: "text", text: u.unit },
        "xh.diem": { kind: "number", value: u.average as number, decimals },
        "xh.xep_hang": count(u.rank as number),
        // A unit that sent no self score: blank, nothing the block must still give.
        "xh.tu_cham": u.selfScore === null ? { kind: "text", text: "" } : { kind: "number", value: u.selfScore, decimals },
      }),
    );
  return { block, dong, xh };
}

/** One sentence for each better-ranked unit passed over (SPEC §5), a line each; a plain statement when there is none. */
function passedOverInWords(input: DocumentInput): string {
  const { votes, settings } = input;
  const stands = votes ? (n: Nomination) => {
    const vote = votes.find((v) => v.unit === n.unit && v.award === n.award);
    return !vote || proposalPasses(vote, settings);
  } : undefined;
  const { byUnit } = whyNotProposed({ ranking: input.ranking, units: input.units, awards: settings.awards, nominations: input.nominations, ...(stands ? { stands } : {}) });
  const entries = [...byUnit.values()].sort((a, b) => a.rank - b.rank || a.unit.localeCompare(b.unit, "vi"));
  return entries.length === 0 ? "Không có đơn vị nào xếp hạng trên đơn vị được đề nghị mà không được đề nghị." : entries.map((entry) => passedOverSentence(entry)).join("\n");
}

/** The roster's units none of the names present stands for (by §2's matching: a name typed or an alias), *không có* when all came. */
function absentUnits(units: readonly Unit[], present: readonly string[]): string {
  const match = createUnitMatcher(units);
  const came = new Set(present.flatMap((name) => {
    const found = match(name);
    return found.kind === "match" ? [found.unit.name] : [];
  }));
  const away = units.filter((u) => !came.has(u.name)).map((u) => u.name);
  return away.length === 0 ? "không có" : away.join("; ");
}

/** The minutes' vote beyond its table: how many valid ballots, and what did not pass; missing before the vote. */
function ballots(input: DocumentInput): Pick<Record<BlockPlaceholder, DocValue>, "so_phieu_bau" | "de_nghi_khong_dat"> {
  const { votes, settings } = input;
  if (!votes || votes.length === 0) return { so_phieu_bau: MISSING, de_nghi_khong_dat: MISSING };
  const turnedDown = input.nominations.flatMap((n) => {
    const vote = votes.find((v) => v.unit === n.unit && v.award === n.award);
    return vote && !proposalPasses(vote, settings) ? [{ unit: n.unit, awardName: n.awardName, votesFor: vote.votesFor, voters: vote.voters }] : [];
  });
  return { so_phieu_bau: count(Math.max(...votes.map((v) => v.voters))), de_nghi_khong_dat: text(turnedDownInWords(turnedDown)) };
}

function proposalRows(input: DocumentInput, decimals: number): Record<ProposalPlaceholder, DocValue>[] {
  const { votes, settings } = input;
  const voteOf = (n: Nomination) => votes?.find((v) => v.unit === n.unit && v.award === n.award);
  const listed = input.nominations.filter((n) => {
    const vote = voteOf(n);
    // Once votes are recorded only what passed goes upward (SPEC §5.1); a proposal the tally lacks stays, its vote blank.
    return !vote || proposalPasses(vote, settings);
  });
  return listed.map((n, i) => {
    const vote = voteOf(n);
    const share = vote ? voteShare(vote) : null;
    return {
      "dong.stt": count(i + 1),
      "dong.ten_don_vi": { kind: "text", text: n.unit },
      "dong.diem": { kind: "number", value: n.average, decimals },
      "dong.xep_hang": count(n.rank),
      "dong.danh_hieu": { kind: "text", text: n.awardName },
      "dong.so_phieu": vote ? count(vote.votesFor) : MISSING,
      "dong.tong_phieu": vote ? count(vote.voters) : MISSING,
      "dong.ty_le": share === null ? MISSING : { kind: "percent", value: share },
      "dong.ket_qua": share === null ? MISSING : { kind: "text", text: proposalPasses(vote as ProposalVote, settings) ? "Đạt" : "Không đạt" },
    };
  });
}

/** A value inside other text, in Vietnamese form; blank when missing. */
export function valueAsText(value: DocValue): string {
  switch (value.kind) {
    case "text":
      return xmlSafeText(value.text);
    case "number":
      return viNumber(value.value, value.decimals);
    case "percent":
      return viPercent(value.value);
    case "date":
      return viShortDate(value.date);
    case "missing":
      return "";
  }
}
