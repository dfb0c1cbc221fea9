"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";

export type SignInProblem = "invalid" | "rateLimited" | "unavailable";

/** Signs in with one of next-auth's credential providers, then goes home (which picks the department). */
export function useSignIn(provider: "credentials" | "code" | "card") {
  const router = useRouter();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(credentials: Record<string, string>) {
    setPending(true);
    setProblem(null);
    const result = await signIn(provider, { ...credentials, redirect: false }).catch(() => undefined);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setProblem(!result ? "unavailable" : result.error === "rate_limited" ? "rateLimited" : "invalid");
  }

  return { problem, pending, submit };
}
