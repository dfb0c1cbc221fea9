import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-blue-800 text-white hover:bg-blue-900 disabled:bg-slate-500",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
};

/** Touch targets of 44 px at least (SPEC §6). */
export function buttonClass(variant: Variant = "primary"): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-medium ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...props} />;
}
