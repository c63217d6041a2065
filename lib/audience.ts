/** Classes that show a part of a page to one kind of visitor only (globals.css hides them by default). */
export const audienceClasses = {
  guest: "kc-for-guest",
  account: "kc-for-account",
  home: "kc-for-home-session",
  clubDevice: "kc-for-club-device",
  staff: "kc-for-staff",
  admin: "kc-for-admin",
  editor: "kc-for-editor",
  reports: "kc-for-reports",
} as const;

export type Audience = keyof typeof audienceClasses;
