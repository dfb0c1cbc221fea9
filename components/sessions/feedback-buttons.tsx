"use client";

import { useTranslations } from "next-intl";
import { Angry, Frown, Laugh, Smile } from "lucide-react";
import type { Feedback } from "@/lib/generated/prisma/enums";
import { recordFeedbackAction, giveMyFeedbackAction } from "@/lib/sessions/actions";
import { FEEDBACKS } from "@/lib/sessions/options";
import { ActionButtons } from "@/components/sessions/action-buttons";

const FACES = { VERY_HAPPY: Laugh, HAPPY: Smile, UNHAPPY: Frown, VERY_UNHAPPY: Angry } as const;

/** Four faces, each with its word beside it (never a face alone); the one given is pressed. */
export function FeedbackButtons({
  dept,
  invitationId,
  current,
  label,
  self = false,
}: {
  dept: string;
  invitationId: string;
  current: Feedback | null;
  label: string;
  /** The participant answering for themselves (me.respond) rather than staff for them. */
  self?: boolean;
}) {
  const t = useTranslations("sessions.feedback.value");
  return (
    <ActionButtons
      action={self ? giveMyFeedbackAction : recordFeedbackAction}
      dept={dept}
      hidden={{ invitationId }}
      name="feedback"
      label={label}
      buttons={FEEDBACKS.map((f) => {
        const Face = FACES[f];
        return {
          value: f,
          pressed: current === f,
          label: (
            <>
              <Face aria-hidden className="size-5" />
              {t(f)}
            </>
          ),
        };
      })}
    />
  );
}
