/** Validation of the "Use another API" form (pure, unit-tested). */
import { z } from 'zod';

export const remoteSignInSchema = z.object({
  apiUrl: z
    .string()
    .trim()
    .min(1, 'Enter the API URL.')
    .pipe(
      z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL, for example https://api.example.org.' }),
    ),
  token: z.string().trim().min(1, 'Enter the API token.'),
});

export type RemoteSignInValues = z.input<typeof remoteSignInSchema>;
export type RemoteSignInField = keyof RemoteSignInValues;
export type RemoteSignInErrors = Partial<Record<RemoteSignInField, string>>;

export type RemoteSignInResult =
  { ok: true; data: z.output<typeof remoteSignInSchema> } | { ok: false; errors: RemoteSignInErrors };

/** The first error message per field, or the cleaned values. */
export function validateRemoteSignIn(values: RemoteSignInValues): RemoteSignInResult {
  const parsed = remoteSignInSchema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: RemoteSignInErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'apiUrl' || field === 'token') && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
