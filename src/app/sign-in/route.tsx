import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { toast } from 'sonner';
import { setSession, useSession, EMBEDDED_EMULATOR } from '../../api/session';
import { displayName, userQueryOptions } from '../../api/users';
import { PageTitle } from '../../components/ui/page-title';
import { safeNextPath } from '../next-path';
import { DemoPeople } from './demo-people';
import { RemoteSignInForm } from './remote-form';
import { ResetDemoData } from './reset-demo-data';

function CurrentlySignedIn({ userId, back }: { userId: string; back: string }) {
  const user = useQuery(userQueryOptions(userId));
  return (
    <p className="lead">
      You are signed in as <strong>{user.data ? displayName(user.data) : userId}</strong>. Choose someone else, or{' '}
      <Link to={back}>go back</Link>.
    </p>
  );
}

export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));

  return (
    <div className="page page-narrow">
      <PageTitle>Sign in</PageTitle>
      <h1>Sign in</h1>
      {session ? (
        <CurrentlySignedIn userId={session.userId} back={next} />
      ) : (
        <p className="lead">Choose who you are, then administer their orgs.</p>
      )}

      {EMBEDDED_EMULATOR ? (
        <section className="card" aria-labelledby="demo-people-heading">
          <h2 id="demo-people-heading">Demo people</h2>
          <p>The built-in emulator runs in this browser and keeps its data here. Sign in as:</p>
          <DemoPeople
            currentUserId={session?.mode === 'embedded' ? session.userId : null}
            onSignedIn={(s, person) => {
              setSession({ mode: 'embedded', ...s });
              toast.success(`Signed in as ${[person.first, person.last].filter(Boolean).join(' ') || person.handle}`);
              void navigate(next, { replace: true });
            }}
          />
          <div className="actions reset-demo">
            <ResetDemoData />
          </div>
        </section>
      ) : null}

      <section className="card" aria-labelledby="remote-api-heading">
        <h2 id="remote-api-heading">Use another API</h2>
        <p>Sign in to any DNAnexus-compatible server with its URL and an API token.</p>
        <RemoteSignInForm
          onSignedIn={(s) => {
            setSession({ mode: 'remote', ...s });
            toast.success(`Signed in as ${s.userId}`);
            void navigate(next, { replace: true });
          }}
        />
      </section>
    </div>
  );
}

export { SignInPage as Component };
