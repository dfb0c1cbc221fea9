"use client";

import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className={buttonClass("secondary")}
      onClick={() => signOut({ callbackUrl: "/login" })}
    >
      <LogOut aria-hidden className="size-4" />
      {label}
    </button>
  );
}
