/** What an audit event's action (the API route, e.g. `org.setMemberAccess`) means, in words (pure, unit-tested). */

const ACTION_WORDS: Record<string, string> = {
  'org.new': 'Created the org',
  'org.update': 'Changed org settings',
  'org.invite': 'Invited a member',
  'org.setMemberAccess': 'Changed member access',
  'org.removeMember': 'Removed a member',
  'org.updateBillingInformation': 'Updated billing information',
  'org.confirmBillingContact': 'Confirmed the billing contact',
  'org.requestSpendingLimitChange': 'Requested a spending limit change',
  'org.bulkUpdateProjectLimit': 'Applied project spending limits',
  'project.new': 'Created a project',
  'project.invite': 'Shared a project',
  'project.decreasePermissions': 'Lowered project permissions',
  'project.update': 'Changed a project',
  'project.destroy': 'Deleted a project',
  'project.addTags': 'Tagged a project',
  'project.removeTags': "Removed a project's tags",
  'project.setProperties': "Changed a project's properties",
  'app.addDevelopers': 'Added app developers',
  'app.addAuthorizedUsers': 'Authorized app users',
  'app.new': 'Created an app',
  'app.addTags': 'Tagged an app',
  'user.new': 'Created a user account',
};

/** "setMemberAccess" → "set member access". */
function splitWords(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The action in words. A route this console does not know yet reads from its name
 * ("project.archiveFolder" → "Project: archive folder"), so a newer API still reads well.
 */
export function actionWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  const dot = action.indexOf('.');
  if (dot <= 0 || dot === action.length - 1) return action;
  const subject = action.slice(0, dot);
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}: ${splitWords(action.slice(dot + 1))}`;
}
