import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, pickNamespaces, type ClientZone } from "@/lib/i18n/client-namespaces";

/** The messages provider of the client components below: only the namespaces of their zone. */
export async function ClientMessages({ zone, children }: { zone: ClientZone; children: ReactNode }) {
  const messages = pickNamespaces(await getMessages(), CLIENT_NAMESPACES[zone]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
