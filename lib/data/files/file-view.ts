import type { Prisma } from "@/lib/generated/prisma/client";

/** What the files page shows; the object key stays on the server. */
export const fileViewSelect = {
  id: true,
  filename: true,
  contentType: true,
  size: true,
  status: true,
  createdAt: true,
} satisfies Prisma.StoredFileSelect;

export type FileView = Prisma.StoredFileGetPayload<{ select: typeof fileViewSelect }>;
