"use server";

// The second exception to "every action is a defineAction" (ENGINEERING.md §3, like lib/auth/actions.ts):
// the person answering is not signed in; the signed, expiring token of their message is the
// credential. The input is still validated, the change runs inside withTenant for the token's
// department and is audited (lib/sessions/me.ts).
import { z } from "zod";
import { answerByLink, type LinkAnswer } from "@/lib/sessions/me";
import { formDataToObject } from "@/lib/validation";

const answerByLinkInput = z.object({ token: z.string().min(1).max(300), rsvp: z.enum(["YES", "NO"]) });

export type LinkAnswerState = LinkAnswer | null;

export async function answerByLinkAction(
  _previous: LinkAnswerState,
  formData: FormData,
): Promise<LinkAnswerState> {
  const input = answerByLinkInput.safeParse(formDataToObject(formData));
  if (!input.success) return { ok: false, reason: "forged" };
  return answerByLink(input.data.token, input.data.rsvp);
}
