export const PUBLIC_PAGE_CACHE_CONTROL: string;
export const PERSONAL_CACHE_CONTROL: string;
export const START_PAGE_CACHE_CONTROL: string;
export function cacheControlFor(response: { method: string | undefined; path: string; status: number; cacheControl: string | undefined; setsCookie: boolean }): string | null;
export function applyCachePolicy(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse): void;
