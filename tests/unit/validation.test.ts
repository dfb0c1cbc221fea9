import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssuesOf, formDataToObject, parseInput } from "@/lib/validation";
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

describe("an action's input", () => {
  const schema = z.object({ name: z.string(), tags: z.array(z.string()).optional() });

  it("refuses a field holding U+0000, which PostgreSQL cannot store, before the schema runs", () => {
    expect(parseInput(schema, { name: "Lou\u0000", tags: ["a"] })).toEqual({
      success: false,
      issues: { name: [{ key: "validation.invalid" }] },
    });
    expect(parseInput(schema, { name: "Lou", tags: ["a", "\u0000"] })).toMatchObject({
      issues: { tags: [{ key: "validation.invalid" }] },
    });
    expect(parseInput(schema, { name: "Lou", "attendance.\u0000": "PRESENT" })).toMatchObject({
      success: false,
    });
  });

  it("keeps text that merely spells the escape, and parses the rest with the schema", () => {
    expect(parseInput(schema, { name: "\\u0000" })).toEqual({ success: true, data: { name: "\\u0000" } });
    expect(parseInput(schema, {})).toEqual({
      success: false,
      issues: { name: [{ key: "validation.required" }] },
    });
  });
});
