import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials, type SignInOutcome } from "@/lib/auth/credentials";
import { parseRecipient, verifySignInCode } from "@/lib/auth/sign-in-codes";
import { verifyAccessCard } from "@/lib/access-cards/sign-in";
import { clientAddress } from "@/lib/auth/address";

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
  // next-auth's cookies are HttpOnly and SameSite=Lax; in production they are also Secure (and
  // named __Secure-/__Host-), whatever NEXTAUTH_URL says: production is served over HTTPS only.
  useSecureCookies: process.env.NODE_ENV === "production",
  pages: { signIn: "/login" },
  // Three ways in, one outcome: staff password, a code sent by SMS or email, a printed access card.
  providers: [
    CredentialsProvider({
      id: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) =>
        signInWith(
          verifyCredentials(
            credentials?.email ?? "",
            credentials?.password ?? "",
            clientAddress(req.headers?.["x-forwarded-for"]),
          ),
        ),
    }),
    CredentialsProvider({
      id: "code",
      credentials: { recipient: { type: "text" }, code: { type: "text" } },
      authorize: (credentials, req) => {
        const recipient = parseRecipient(credentials?.recipient ?? "");
        return recipient
          ? signInWith(
              verifySignInCode(
                recipient,
                credentials?.code ?? "",
                clientAddress(req.headers?.["x-forwarded-for"]),
              ),
            )
          : null;
      },
    }),
    CredentialsProvider({
      id: "card",
      credentials: { card: { type: "text" } },
      authorize: (credentials, req) =>
        signInWith(
          verifyAccessCard(credentials?.card ?? "", clientAddress(req.headers?.["x-forwarded-for"])),
        ),
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

async function signInWith(verification: Promise<SignInOutcome>) {
  const outcome = await verification;
  if (outcome.ok) return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
  // next-auth hands a thrown message to the sign-in form as `error`.
  if (outcome.reason === "rate_limited") throw new Error(SIGN_IN_RATE_LIMITED);
  return null;
}
