import type { LucideIcon } from "lucide-react";
import {
  CircleCheck,
  CircleCheckBig,
  CircleDot,
  CircleX,
  FilePen,
  Hammer,
  Hourglass,
  Send,
} from "lucide-react";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

/** One icon per step of the lifecycle, always beside the step's name (never alone). */
export const STATUS_ICONS: Record<ProposalStatus, LucideIcon> = {
  DRAFT: FilePen,
  SUBMITTED: Send,
  UNDER_REVIEW: Hourglass,
  ACCEPTED: CircleCheck,
  PARTIALLY_ACCEPTED: CircleDot,
  REJECTED: CircleX,
  IN_PROGRESS: Hammer,
  IMPLEMENTED: CircleCheckBig,
};

export function StatusBadge({ status, label }: { status: ProposalStatus; label: string }) {
  const Icon = STATUS_ICONS[status];
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-500 bg-white px-3 py-0.5"
      data-testid="proposal-status"
    >
      <Icon aria-hidden className="size-4 shrink-0" />
      {label}
    </span>
  );
}
