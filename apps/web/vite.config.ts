import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.ts";

const apiTarget = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  server: {
    proxy: {
      "/trpc": apiTarget,
      "/api": apiTarget,
    },
  },
  preview: {
    proxy: {
      "/trpc": apiTarget,
      "/api": apiTarget,
    },
  },
  build: {
    target: "es2022",
    // The budget that matters is the gzipped initial JS, checked by `pnpm run bench` (≤ 250 KB).
    chunkSizeWarningLimit: 700,
  },
});
