import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/credentials";

// next-auth v4 (the stable line that supports Next 16). The token carries only the user id and the
// user's session version; roles are resolved on every request (lib/tenancy.ts), and
// lib/auth/session.ts compares the version so that disabling a user takes effect at once.

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionVersion: number;
  }
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}

export const SIGN_IN_RATE_LIMITED = "rate_limited";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const outcome = await verifyCredentials(
          credentials?.email ?? "",
          credentials?.password ?? "",
          clientAddress(req.headers ?? {}),
        );
        if (outcome.ok) return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
        // next-auth hands a thrown message to the sign-in form as `error`.
        if (outcome.reason === "rate_limited") throw new Error(SIGN_IN_RATE_LIMITED);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id, sessionVersion: user.sessionVersion };
      return token;
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        userId: token.sub ?? "",
        sessionVersion: token.sessionVersion ?? -1,
      };
    },
  },
};

// Behind the load balancer the first x-forwarded-for entry is the client.
function clientAddress(headers: Record<string, string | string[] | undefined>): string {
  const forwarded = headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "unknown";
}
