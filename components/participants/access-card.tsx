"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IdCard, Printer } from "lucide-react";
import { issueAccessCardAction, revokeAccessCardsAction } from "@/lib/access-cards/actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Prints an access card for someone with no phone or email. The code appears once, on the card
 * shown here for printing: it is not stored in clear and cannot be shown again.
 */
export function AccessCardActions({
  dept,
  participantId,
  departmentName,
  signInUrl,
  hasCard,
}: {
  dept: string;
  participantId: string;
  departmentName: string;
  signInUrl: string;
  hasCard: boolean;
}) {
  const t = useTranslations("accessCards");
  const common = useTranslations("common");
  const [issued, issue] = useActionState(issueAccessCardAction, null);
  const [revoked, revoke] = useActionState(revokeAccessCardsAction, null);
  const card = issued?.ok ? issued.data : null;
  return (
    <div className="flex flex-col gap-4">
      {issued && !issued.ok && <Notice kind="error">{issued.message}</Notice>}
      {revoked?.ok && <Notice kind="success">{t("revoked")}</Notice>}
      <div className="flex flex-wrap gap-2">
        <form action={issue}>
          <input type="hidden" name="dept" value={dept} />
          <input type="hidden" name="participantId" value={participantId} />
          <SubmitButton
            label={hasCard || card ? t("reissue") : t("issue")}
            pendingLabel={t("issuing")}
            icon={<IdCard aria-hidden className="size-5" />}
          />
        </form>
        {hasCard && !card && !revoked?.ok && (
          <form action={revoke}>
            <input type="hidden" name="dept" value={dept} />
            <input type="hidden" name="participantId" value={participantId} />
            <ConfirmButton
              label={t("revoke")}
              question={t("revokeQuestion")}
              confirmLabel={t("revokeConfirm")}
              cancelLabel={common("cancel")}
            />
          </form>
        )}
      </div>
      {card && (
        <>
          <Notice kind="info">{t("printNow")}</Notice>
          <div
            className="printable w-full max-w-sm rounded-xl border-2 border-slate-900 bg-white p-4"
            data-testid="access-card"
          >
            <p className="text-sm font-semibold">{departmentName}</p>
            <p className="text-lg font-semibold">{card.name}</p>
            <div className="my-2 flex items-center gap-4">
              {/* The SVG comes from the qrcode library on the server, from our own URL only. */}
              <div className="w-32 shrink-0" aria-hidden dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
              <div>
                <p className="text-sm">{t("cardCode")}</p>
                <p className="font-mono text-2xl font-bold tracking-wider" data-testid="access-card-code">
                  {card.code}
                </p>
              </div>
            </div>
            <p className="text-sm">{t("cardHowTo", { url: signInUrl })}</p>
            <p className="text-sm">{t("cardKeep")}</p>
          </div>
          <div>
            <Button type="button" onClick={() => window.print()}>
              <Printer aria-hidden className="size-5" />
              {t("print")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
