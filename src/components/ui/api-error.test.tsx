import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ApiError } from '../../api/client';
import { ApiErrorAlert, ApiErrorText } from './api-error';

describe('ApiErrorText', () => {
  it('shows an ApiError, another Error and an already described error the same way', () => {
    const { container } = render(
      <>
        <p>
          <ApiErrorText error={new ApiError('PermissionDenied', 'Only admins may list members', 403)} />
        </p>
        <p>
          <ApiErrorText error={new TypeError('boom')} />
        </p>
        <p>
          <ApiErrorText error={{ id: 'user-x', type: 'ResourceNotFound', message: 'No such user' }} />
        </p>
      </>,
    );
    expect(container.innerHTML).toBe(
      '<p><code class="error-type">PermissionDenied</code>: <span class="error-message">Only admins may list members</span></p>' +
        '<p><code class="error-type">TypeError</code>: <span class="error-message">boom</span></p>' +
        '<p><code class="error-type">ResourceNotFound</code>: <span class="error-message">No such user</span></p>',
    );
  });
});

describe('ApiErrorAlert', () => {
  it('is an alert with its title, the API’s words and what follows', () => {
    const { container } = render(
      <ApiErrorAlert title="The API did not create the org." error={new ApiError('InvalidInput', 'handle taken', 422)}>
        <button type="button">Retry</button>
      </ApiErrorAlert>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The API did not create the org.InvalidInput: handle takenRetry',
    );
    expect(container.firstElementChild?.className).toBe('state state-error');
    render(<ApiErrorAlert title="t" error={new Error('x')} className="project-failure" />);
    expect(screen.getAllByRole('alert')[1]?.className).toBe('state state-error project-failure');
  });

  it('with a lead: the sentence saying what happened and what to do, then the API’s words as detail', () => {
    render(
      <ApiErrorAlert
        title="The API refused the change."
        lead="Nothing changed. Reload the page."
        error={new ApiError('PermissionDenied', 'not an admin', 401)}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'The API refused the change.Nothing changed. Reload the page.PermissionDenied: not an admin',
    );
    expect(alert.querySelector('.state-lead')?.textContent).toBe('Nothing changed. Reload the page.');
    expect(alert.querySelector('.state-detail .error-type')?.textContent).toBe('PermissionDenied');
  });
});
