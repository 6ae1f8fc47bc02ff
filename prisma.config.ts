import { defineConfig } from "prisma/config";

// Used by `prisma generate` (and `prisma migrate deploy` on machines that have the native engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
