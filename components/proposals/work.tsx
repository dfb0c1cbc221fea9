import { Circle, CircleCheckBig } from "lucide-react";

// How far the work on an accepted proposal has gone, shown the same way to staff and to the group.

/** The percentage in words, and a bar named by those words. */
export function ProgressBar({ id, label, value }: { id: string; label: string; value: number }) {
  return (
    <div>
      <p id={id} className="font-medium">
        {label}
      </p>
      <progress aria-labelledby={id} value={value} max={100} className="h-3 w-full" />
    </div>
  );
}

/** Done or still to do: the words beside it say which (the icon never says it alone). */
export function MilestoneIcon({ done }: { done: boolean }) {
  const Icon = done ? CircleCheckBig : Circle;
  return <Icon aria-hidden className="mt-1 size-5 shrink-0" />;
}
