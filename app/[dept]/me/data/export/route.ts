// GET /[dept]/me/data/export?format=json|csv – the participant's own data, to download.
import { defineRoute } from "@/lib/routes";
import { csvResponse } from "@/lib/csv";
import { myData, myDataCsv } from "@/lib/me/data";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "me.exportData", permission: "me.view" }, async (request, ctx) => {
  const data = await myData(ctx);
  if (new URL(request.url).searchParams.get("format") === "csv")
    return csvResponse("mes-donnees.csv", myDataCsv(data));
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mes-donnees.json"',
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});
