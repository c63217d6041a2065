import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import type { ClubDeviceMark } from "../devices/club-device";
import { endDeviceSession, startDeviceSession } from "../devices/sessions";
import { safeRedirectUrl } from "../safe-path";
import { audit } from "./audit";
import { clientIp, signInLearner, signInStaff } from "./sign-in";

const THIRTY_DAYS = 30 * 24 * 60 * 60;
/** On a club device the cookie lasts while the browser is open; this only caps a forgotten one. */
const CLUB_DEVICE_MAX_AGE = 12 * 60 * 60;

type Token = { uid?: string; sv?: number; ds?: string };

/**
 * next-auth's options for one request. At home a session lasts 30 days and slides (proxy.ts); on
 * a club device (`device`) each sign-in opens a DeviceSession that the cookie names, ends after
 * inactivity or on sign-out, and the cookie itself dies with the browser (app/api/auth).
 */
export function authOptionsFor(device: ClubDeviceMark | null): NextAuthOptions {
  const onDevice = Boolean(device);
  return {
    // JWT sessions: no session table; "sign out everywhere" bumps User.sessionVersion instead.
    session: { strategy: "jwt", maxAge: device ? CLUB_DEVICE_MAX_AGE : THIRTY_DAYS, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/logowanie", error: "/logowanie", signOut: "/wyloguj" },
    providers: [
      CredentialsProvider({
        id: "learner",
        name: "Karta lub PIN",
        credentials: { username: { label: "Nazwa użytkownika" }, pin: { label: "PIN", type: "password" } },
        authorize: async (credentials, request) => {
          const user = await signInLearner(credentials, clientIp(request?.headers), onDevice);
          return user && { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
      CredentialsProvider({
        id: "staff",
        name: "Pracownik klubu",
        credentials: { email: { label: "E-mail" }, password: { label: "Hasło", type: "password" } },
        authorize: async (credentials, request) => {
          const user = await signInStaff(credentials, clientIp(request?.headers), onDevice);
          return user && { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          if (device) token.ds = await startDeviceSession(await getDb(), user.id, device.id);
        }
        return token;
      },
      session({ session, token }) {
        const { uid, sv, ds } = token as Token;
        return { ...session, uid, sv, ds };
      },
      redirect({ url, baseUrl }) {
        // Only back to this site: a safe path, or a full address with exactly our origin (lib/safe-path.ts).
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        const { uid, ds } = (token ?? {}) as Token;
        const db = await getDb();
        if (ds) await endDeviceSession(db, ds, "sign-out");
        if (uid) await audit(db, { action: "auth.sign-out", actorId: uid, viaClubDevice: Boolean(ds) });
      },
    },
  };
}

/** For reading sessions (getServerSession): the same everywhere, device or not. */
export const authOptions: NextAuthOptions = authOptionsFor(null);
