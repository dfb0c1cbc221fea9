"use server";

// The exception to "every action is a defineAction" (ENGINEERING.md §3): the caller is not signed
// in yet; the one-time link is the credential.
import { redirect } from "next/navigation";
import { z } from "zod";
import { setPasswordWithToken } from "@/lib/auth/password-setup";
import { fieldIssuesOf, formDataToObject } from "@/lib/validation";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translateIssues, translator } from "@/lib/i18n/messages";

const setPasswordInput = z
  .object({ token: z.string().min(1).max(200), password: z.string().min(12).max(200), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "validation.passwordMismatch", path: ["confirm"] });

export type SetPasswordState = { fieldErrors?: Record<string, string[]>; expired?: boolean } | null;

export async function setPasswordAction(
  _previous: SetPasswordState,
  formData: FormData,
): Promise<SetPasswordState> {
  const data = formDataToObject(formData);
  const input = setPasswordInput.safeParse(data);
  if (!input.success) {
    const t = translator(await requestLocale());
    return { fieldErrors: translateIssues(t, fieldIssuesOf(input.error, data)) };
  }
  if (!(await setPasswordWithToken(input.data.token, input.data.password))) return { expired: true };
  redirect("/login?passwordSet=1");
}
