import type { PartnerKind, TerritoryKind } from "@/lib/generated/prisma/enums";

// Choices offered in the settings forms, in display order. Client components import this file,
// so it holds no server code.
export const TERRITORY_KINDS: TerritoryKind[] = ["URBAN", "RURAL", "MIXED"];

export const PARTNER_KINDS: PartnerKind[] = [
  "SOCIAL_CENTRE",
  "ASSOCIATION",
  "CAF",
  "FRANCE_TRAVAIL",
  "CCAS",
  "OTHER",
];
