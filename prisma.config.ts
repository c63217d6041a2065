// For operators with internet who prefer the Prisma CLI (`npx prisma migrate deploy`):
// it reads the same schema and migrations folder our offline runner uses.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
