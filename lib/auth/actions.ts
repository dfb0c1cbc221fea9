"use server";

// The exception to "every action is a defineAction" (ENGINEERING.md §3): the caller is not signed
// in yet; the one-time link, or the phone/email that receives the code, is what they hold.
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { z } from "zod";
import { setPasswordWithToken } from "@/lib/auth/password-setup";
import { parseRecipient, requestSignInCode } from "@/lib/auth/sign-in-codes";
import { clientAddress } from "@/lib/auth/address";
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

export type CodeRequestState = {
  recipient: string;
  sent?: true;
  error?: string;
  fieldErrors?: Record<string, string[]>;
} | null;

/** Sends a sign-in code; says "sent" whether or not the number or address is known. */
export async function requestSignInCodeAction(
  _previous: CodeRequestState,
  formData: FormData,
): Promise<CodeRequestState> {
  const raw = String(formData.get("recipient") ?? "").slice(0, 254);
  const t = translator(await requestLocale());
  const recipient = parseRecipient(raw);
  if (!recipient) return { recipient: raw, fieldErrors: { recipient: [t("validation.recipient")] } };
  const address = clientAddress((await headers()).get("x-forwarded-for"));
  const outcome = await requestSignInCode(recipient, address);
  if (outcome === "rate_limited") return { recipient: raw, error: t("login.rateLimited") };
  return { recipient: raw, sent: true };
}
