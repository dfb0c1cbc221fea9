import { CircleCheck, CircleDashed, CircleX, Clock, Euro } from "lucide-react";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const ICONS = { DRAFT: CircleDashed, SUBMITTED: Clock, APPROVED: CircleCheck, REJECTED: CircleX, PAID: Euro };

/** A claim's stage: an icon beside its words, never a colour alone. */
export function ClaimStatusLabel({ status, label }: { status: ClaimStatus; label: string }) {
  const Icon = ICONS[status];
  return (
    <span className="inline-flex items-center gap-1.5" data-status={status}>
      <Icon aria-hidden className="size-4 shrink-0" />
      {label}
    </span>
  );
}
