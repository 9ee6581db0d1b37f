import { baseConfig } from "@paypath/eslint-config/base";
import reactHooks from "eslint-plugin-react-hooks";

export default [
  ...baseConfig,
  { ignores: ["dist/**", "scripts/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@paypath/db", "@paypath/auth", "@paypath/server"], message: "web never imports server-side packages." },
          ],
          paths: [
            { name: "@paypath/api", allowTypeImports: true, message: "web imports only types from @paypath/api." },
            { name: "@paypath/catalog", message: "the browser gets the catalog from catalog.published (only eval-report.json may be imported)." },
          ],
        },
      ],
    },
  },
];
