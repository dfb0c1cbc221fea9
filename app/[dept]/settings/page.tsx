import { redirect } from "next/navigation";

// Until the department's own settings page exists, settings open on the territories.
export default async function SettingsPage({ params }: { params: Promise<{ dept: string }> }) {
  redirect(`/${(await params).dept}/settings/territories`);
}
