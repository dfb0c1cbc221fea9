import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssuesOf, formDataToObject } from "@/lib/validation";
import { createDepartmentInput } from "@/lib/admin/schemas";
import { translateIssues, translator } from "@/lib/i18n/messages";

function frenchErrors(schema: z.ZodType, raw: Record<string, unknown>) {
  const result = schema.safeParse(raw);
  if (result.success) throw new Error("expected a refusal");
  return translateIssues(translator("fr"), fieldIssuesOf(result.error, raw));
}

describe("field errors", () => {
  it("says in French which fields are missing or wrong", () => {
    const errors = frenchErrors(createDepartmentInput, {
      name: "Calvados",
      inseeCode: "99",
      slug: "admin",
      coordinatorEmail: "pas-une-adresse",
    });
    expect(errors).toEqual({
      inseeCode: ["Saisissez un code de département : deux chiffres (14), 2A, 2B ou 971 à 976."],
      slug: [
        "Utilisez des lettres minuscules sans accent, des chiffres et des tirets (ce nom n'est pas réservé).",
      ],
      coordinatorName: ["Ce champ est obligatoire."],
      coordinatorEmail: ["Saisissez une adresse e-mail valable, par exemple nom@exemple.fr."],
    });
  });

  it("gives lengths in the message", () => {
    const errors = frenchErrors(z.object({ note: z.string().max(3), code: z.string().min(4) }), {
      note: "trop long",
      code: "ab",
    });
    expect(errors).toEqual({ note: ["3 caractères au maximum."], code: ["Au moins 4 caractères."] });
  });

  it("reads empty form fields as absent and repeated names as lists", () => {
    const form = new FormData();
    form.append("name", "Hérault");
    form.append("topic", "");
    form.append("tag", "a");
    form.append("tag", "b");
    expect(formDataToObject(form)).toEqual({ name: "Hérault", tag: ["a", "b"] });
  });
});
