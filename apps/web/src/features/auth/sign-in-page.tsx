import { Link } from "@tanstack/react-router";
import type { ReactElement } from "react";
import { AuthError, signIn } from "../../lib/auth";
import { AuthForm } from "./auth-form";

/** Sign in with email and password; a refusal is shown above the button. */
export function SignInPage(): ReactElement {
  return (
    <AuthForm
      title="Sign in"
      submitLabel="Sign in"
      fields={[
        { name: "email", label: "Email", type: "email", autoComplete: "email", maxLength: 254 },
        { name: "password", label: "Password", type: "password", autoComplete: "current-password", maxLength: 128 },
      ]}
      onSubmit={async (v) => {
        try {
          await signIn({ email: v.email ?? "", password: v.password ?? "" });
        } catch (e) {
          if (e instanceof AuthError && e.status === 401) throw new Error("Wrong email or password.", { cause: e });
          throw e;
        }
      }}
      footer={
        <>
          No account yet?{" "}
          <Link to="/sign-up" className="text-indigo-700 underline">
            Sign up
          </Link>
        </>
      }
    />
  );
}
