import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type AnyRole } from "@/lib/authz";
import type { Queue } from "@/lib/proposals/queries";

/**
 * Views of the list: everything, the decision-makers' queue (waiting for a decision, oldest first)
 * and, for those who publish, the answers the groups have not received yet.
 */
export async function QueueTabs({ base, current, role }: { base: string; current?: Queue; role: AnyRole }) {
  const t = await getTranslations("proposals.queues");
  const tabs: { queue?: Queue; label: string }[] = [{ label: t("all") }];
  if (can(role, "proposals.answer")) tabs.push({ queue: "toAnswer", label: t("toAnswer") });
  if (can(role, "proposals.publish")) tabs.push({ queue: "toPublish", label: t("toPublish") });
  if (tabs.length === 1) return null;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.queue === current;
          return (
            <li key={tab.label}>
              <Link
                href={tab.queue ? `${base}?queue=${tab.queue}` : base}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-3 ${
                  active
                    ? "border-slate-900 bg-slate-900 text-white"
                    : "border-slate-400 text-slate-900 underline"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
