import { useQuery } from '@tanstack/react-query';
import { demoUsersQueryOptions, type DemoUser } from '../../api/emulator';
import { embeddedApiBase, embeddedEmulatorFailure } from '../../api/session';
import { useCheckToken, type TokenCheck } from '../../api/users';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { ErrorState, LoadingState } from '../../components/ui/query-states';

export interface DemoPeopleProps {
  currentUserId: string | null;
  onSignedIn: (session: { apiBase: string; token: string; userId: string }, person: DemoUser) => void;
}

function personName(person: DemoUser): string {
  return [person.first, person.last].filter(Boolean).join(' ') || person.handle;
}

/** The embedded emulator's demo people, one button each. */
export function DemoPeople({ currentUserId, onSignedIn }: DemoPeopleProps) {
  const unavailable = embeddedEmulatorFailure();
  const people = useQuery({ ...demoUsersQueryOptions(), enabled: !unavailable });
  const signIn = useCheckToken<TokenCheck & { person: DemoUser }>({
    onSuccess: (session, { person }) => onSignedIn(session, person),
  });

  if (unavailable) {
    return (
      <div className="state state-error" role="alert">
        <p className="state-title">The built-in emulator is not available.</p>
        <p>{unavailable}</p>
        <p>You can still sign in to another API below.</p>
      </div>
    );
  }
  if (people.isPending) return <LoadingState>Loading the demo people…</LoadingState>;
  if (people.isError) {
    return (
      <ErrorState
        title="Could not load the demo people"
        error={people.error}
        onRetry={() => void people.refetch()}
        retrying={people.isFetching}
      />
    );
  }

  return (
    <>
      <ul className="people" aria-label="Demo people">
        {people.data.map((person) => {
          const pending = signIn.isPending && signIn.variables?.person.id === person.id;
          const current = person.id === currentUserId;
          return (
            <li key={person.id}>
              <button
                type="button"
                className="person"
                onClick={() => signIn.mutate({ apiBase: embeddedApiBase(), token: person.token, person })}
                disabled={signIn.isPending}
                aria-current={current ? 'true' : undefined}
              >
                <span className="person-name">{personName(person)}</span>
                <span className="person-handle">@{person.handle}</span>
                <span className="person-persona">{person.persona}</span>
                {pending ? <span className="person-status">Signing in…</span> : null}
                {current ? <span className="person-status">Signed in now</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      {signIn.isError ? <ApiErrorAlert title="Could not sign in." error={signIn.error} /> : null}
    </>
  );
}
