import { Link } from "@tanstack/react-router";
import type { ReactElement } from "react";
import { signUp } from "../../lib/auth";
import { AuthForm } from "./auth-form";

/** Create an account (a professional) and sign in. */
export function SignUpPage(): ReactElement {
  return (
    <AuthForm
      title="Create an account"
      submitLabel="Sign up"
      fields={[
        { name: "name", label: "Name", type: "text", autoComplete: "name", maxLength: 120 },
        { name: "email", label: "Email", type: "email", autoComplete: "email", maxLength: 254 },
        { name: "password", label: "Password (8 to 128 characters)", type: "password", autoComplete: "new-password", minLength: 8, maxLength: 128 },
      ]}
      onSubmit={(v) => signUp({ name: v.name ?? "", email: v.email ?? "", password: v.password ?? "" })}
      footer={
        <>
          Have an account?{" "}
          <Link to="/sign-in" className="text-indigo-700 underline">
            Sign in
          </Link>
        </>
      }
    />
  );
}
