/** Fragment links into the reader: "#p7" (a paragraph) and "#term=<id>" (a term's first cited occurrence). */
export interface DeepLink {
  paragraph?: number;
  termId?: string;
}

export function parseDeepLink(hash: string): DeepLink {
  const p = /^#p(\d{1,4})$/.exec(hash);
  if (p) return { paragraph: Number(p[1]) };
  const t = /^#term=([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(hash);
  if (t && (t[1] as string).length <= 64) return { termId: t[1] as string };
  return {};
}
