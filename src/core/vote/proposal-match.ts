/**
 * A tally's heading for a proposal: a unit's name or alias (matched as
 * SPEC §2.3 matches units), optionally followed by the award after a dash,
 * in brackets or on a second line (*Hội Luật gia tỉnh – Bằng khen*).
 */
import type { Award } from "../model/award";
import type { Nomination } from "../model/result";
import { matchRegistration } from "../nominate/registration";
import type { UnitMatch, UnitMatcher } from "../read/units/unit-match";
import { squashSpaces } from "../text/normalize";

export type ProposalMatch =
  | { readonly kind: "proposal"; readonly nomination: Nomination }
  /** A roster unit that is not proposed (or not for the award named). */
  | { readonly kind: "not-proposed"; readonly unit: string }
  | { readonly kind: "none" };

export interface ProposalContext {
  readonly matchUnit: UnitMatcher;
  readonly nominations: readonly Nomination[];
  readonly awards: readonly Award[];
}

const DASH = /[-‐‑‒–—―−]/;

/** The ways a heading splits into a name and an award: `[name, award]`, the most literal first. */
function readings(text: string): [string, string][] {
  const out: [string, string][] = [];
  const lines = text.split(/\r?\n/).map(squashSpaces).filter((l) => l !== "");
  const flat = squashSpaces(text);
  if (lines.length > 1) out.push([lines[0]!, lines.slice(1).join(" ")]);
  const bracket = /^(.*?)\(([^)]*)\)\s*$/.exec(flat);
  if (bracket && bracket[1]!.trim() !== "") out.push([bracket[1]!.trim(), bracket[2]!.trim()]);
  // Each dash, from the last: a unit's own name may hold one (*Ban Thi đua - Khen thưởng*).
  for (let i = flat.length - 1; i > 0; i--) {
    if (DASH.test(flat[i]!)) {
      const name = flat.slice(0, i).trim();
      if (name !== "") out.push([name, flat.slice(i + 1).trim()]);
    }
  }
  return out;
}

function matchedUnit(match: UnitMatch): string | null {
  return match.kind === "match" ? match.unit.name : null;
}

export function matchProposal(text: string, context: ProposalContext): ProposalMatch {
  const flat = squashSpaces(text);
  if (flat === "") return { kind: "none" };
  const whole = context.matchUnit(flat);
  const exact = whole.kind === "match" && (whole.by === "name" || whole.by === "alias");
  let unit: string | null = null;
  let award = "";
  if (exact) unit = matchedUnit(whole);
  for (const [name, rest] of exact ? [] : readings(text)) {
    unit = matchedUnit(context.matchUnit(name));
    if (unit !== null) {
      award = rest;
      break;
    }
  }
  unit ??= matchedUnit(whole);
  if (unit === null) return { kind: "none" };
  const proposed = context.nominations.filter((n) => n.unit === unit);
  if (proposed.length === 0) return { kind: "not-proposed", unit };
  const named = matchRegistration(award, context.awards);
  if (named.kind !== "award") return { kind: "proposal", nomination: proposed[0]! };
  const forAward = proposed.find((n) => n.award === named.award.id);
  return forAward ? { kind: "proposal", nomination: forAward } : { kind: "not-proposed", unit };
}

/** `Hội Luật gia tỉnh – Bằng khen…`: how our sheets and messages name a proposal. */
export function proposalLabel(nomination: Pick<Nomination, "unit" | "awardName">): string {
  return `${nomination.unit} – ${nomination.awardName}`;
}
