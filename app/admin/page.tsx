import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listDepartments } from "@/lib/admin/queries";
import { Section } from "@/components/ui/section";
import { CreateDepartmentForm } from "@/components/admin/create-department-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const departments = await listDepartments();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold" data-testid="dashboard-title">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("listTitle")}>
          {departments.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <ul className="flex flex-col gap-2" data-testid="departments">
              {departments.map((d) => (
                <li key={d.id}>
                  <span className="font-medium">
                    {d.inseeCode} — {d.name}
                  </span>{" "}
                  <span className="text-slate-700">
                    /{d.slug} · {t("openedOn", { date: format.dateTime(d.createdAt, { dateStyle: "long" }) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t("create")}>
          <CreateDepartmentForm />
        </Section>
      </div>
    </div>
  );
}
