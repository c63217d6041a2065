export type HeaderRule = { source: string; headers: { key: string; value: string }[] };
export const PDF_PATHS: string[];
export const PDF_CONTENT_SECURITY_POLICY: string;
export function contentSecurityPolicy(options: { development: boolean; https: boolean }): string;
export function permissionsPolicy(): string;
export function securityHeaderRules(env?: { NODE_ENV?: string; NEXTAUTH_URL?: string }): HeaderRule[];
