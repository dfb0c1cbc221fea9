import type { TerritoryKind } from "@/lib/generated/prisma/enums";

// Choices offered in the settings forms, in display order. Client components import this file,
// so it holds no server code.
export const TERRITORY_KINDS: TerritoryKind[] = ["URBAN", "RURAL", "MIXED"];
