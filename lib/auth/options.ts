import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp, signInLearner, signInStaff } from "./sign-in";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  // JWT sessions: no session table; "sign out everywhere" bumps User.sessionVersion instead.
  session: { strategy: "jwt", maxAge: THIRTY_DAYS, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/logowanie", error: "/logowanie", signOut: "/wyloguj" },
  providers: [
    CredentialsProvider({
      id: "learner",
      name: "Karta lub PIN",
      credentials: { username: { label: "Nazwa użytkownika" }, pin: { label: "PIN", type: "password" } },
      authorize: async (credentials, request) => {
        const user = await signInLearner(credentials, clientIp(request?.headers));
        return user && { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
    CredentialsProvider({
      id: "staff",
      name: "Pracownik klubu",
      credentials: { email: { label: "E-mail" }, password: { label: "Hasło", type: "password" } },
      authorize: async (credentials, request) => {
        const user = await signInStaff(credentials, clientIp(request?.headers));
        return user && { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
    redirect({ url, baseUrl }) {
      // Only back to this site.
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      return url.startsWith(baseUrl) ? url : baseUrl;
    },
  },
};
