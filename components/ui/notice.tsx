import type { ReactNode } from "react";
import { CircleAlert, CircleCheck, Info } from "lucide-react";

const KINDS = {
  info: { icon: Info, className: "border-blue-800 bg-blue-50 text-blue-950" },
  success: { icon: CircleCheck, className: "border-green-800 bg-green-50 text-green-950" },
  error: { icon: CircleAlert, className: "border-red-800 bg-red-50 text-red-950" },
};

/** A message with an icon beside its words; errors are announced at once, others politely. */
export function Notice({
  kind,
  children,
  testId,
}: {
  kind: keyof typeof KINDS;
  children: ReactNode;
  testId?: string;
}) {
  const { icon: Icon, className } = KINDS[kind];
  return (
    <div
      role={kind === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`flex items-start gap-2 rounded-md border-l-4 p-3 ${className}`}
    >
      <Icon aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div>{children}</div>
    </div>
  );
}
