"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** Shows that a long action is under way and prevents a double submit. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
