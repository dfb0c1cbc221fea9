/** The client's network address for rate limits: behind the load balancer, the first x-forwarded-for entry. */
export function clientAddress(forwardedFor: string | string[] | null | undefined): string {
  const value = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  return value?.split(",")[0]?.trim() || "unknown";
}
