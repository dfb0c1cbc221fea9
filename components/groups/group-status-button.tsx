"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Archive, ArchiveRestore } from "lucide-react";
import { archiveGroupAction, reopenGroupAction } from "@/lib/groups/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";

/** Archives an active group (after saying what that does), or reopens an archived one. */
export function GroupStatusButton({
  dept,
  groupId,
  archived,
}: {
  dept: string;
  groupId: string;
  archived: boolean;
}) {
  const t = useTranslations("groups");
  const common = useTranslations("common");
  const [state, action] = useActionState(archived ? reopenGroupAction : archiveGroupAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="groupId" value={groupId} />
      {state && !state.ok && <Notice kind="error">{state.message}</Notice>}
      <ConfirmButton
        label={archived ? t("reopen") : t("archive")}
        question={archived ? t("reopenQuestion") : t("archiveQuestion")}
        confirmLabel={archived ? t("reopen") : t("archive")}
        cancelLabel={common("cancel")}
        icon={
          archived ? (
            <ArchiveRestore aria-hidden className="size-4" />
          ) : (
            <Archive aria-hidden className="size-4" />
          )
        }
      />
    </form>
  );
}
