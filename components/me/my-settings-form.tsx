"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateMySettingsAction } from "@/lib/me/actions";
import { CONTACT_CHANNELS } from "@/lib/participants/options";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** How I want to be told about meetings, and in which language. */
export function MySettingsForm({ dept, channel, locale }: { dept: string; channel: string; locale: string }) {
  const t = useTranslations("me");
  const router = useRouter();
  const { state, formAction, fieldsKey, errors, value } = useActionForm(updateMySettingsAction);
  const saved = state?.ok ? state.data : null;

  // The interface follows the language chosen here at once (the choice also lives in a cookie).
  useEffect(() => {
    if (!saved) return;
    document.cookie = `${LOCALE_COOKIE}=${saved.locale}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [saved, router]);

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={fieldsKey}>
      {saved && <Notice kind="success">{t("settings.saved")}</Notice>}
      {state && !state.ok && <Notice kind="error">{state.message}</Notice>}
      <input type="hidden" name="dept" value={dept} />
      <Select
        name="preferredChannel"
        label={t("settings.channel")}
        hint={t("settings.channelHint")}
        errors={errors("preferredChannel")}
        defaultValue={value("preferredChannel") ?? saved?.preferredChannel ?? channel}
        options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
      />
      <Select
        name="locale"
        label={t("settings.language")}
        errors={errors("locale")}
        defaultValue={value("locale") ?? saved?.locale ?? locale}
        options={LOCALES.map((l) => ({ value: l, label: t(`settings.languages.${l}`) }))}
      />
      <div>
        <SubmitButton label={t("settings.save")} pendingLabel={t("settings.saving")} />
      </div>
    </form>
  );
}
