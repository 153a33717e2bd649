import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // `prisma generate` never connects; a placeholder keeps it working on a
    // fresh clone before any database exists.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder",
  },
});
