// GET /[dept]/participants/export – the department's participants as a CSV for French Excel (coordinators).
import { defineRoute } from "@/lib/routes";
import { csvResponse } from "@/lib/csv";
import { parisToday } from "@/lib/dates";
import { exportParticipants } from "@/lib/participants/export";

export const GET = defineRoute(
  { name: "participants.export", permission: "participants.export" },
  async (_request, ctx, params) => {
    const day = parisToday().toISOString().slice(0, 10);
    return csvResponse(`participants-${params.dept}-${day}.csv`, await exportParticipants(ctx));
  },
);
