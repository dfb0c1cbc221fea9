import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// Next 16's proxy (formerly middleware): only the per-request CSP nonce lives here. No
// authorization: that is defineAction's and the [dept] layout's job (ENGINEERING.md §3).
// Next reads the nonce from the request's CSP header and puts it on its own inline scripts.
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // An address holding U+0000 names nothing: PostgreSQL cannot even compare it to an id, so it is
  // answered with the not-found page here rather than as a database error in every page.
  const response = /%00/.test(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Static files carry no scripts; prefetches reuse the page's nonce.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
