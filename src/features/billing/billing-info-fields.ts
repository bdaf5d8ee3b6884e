/** The billing details form's fields and their checks, by the API's rules (pure, unit-tested). */
import type { BillingInformation } from '../../wire/entities';
import { billingInformationSchema } from '../../wire/inputs';

export type BillingField = keyof BillingInformation;

export interface BillingFieldSpec {
  field: BillingField;
  label: string;
  hint?: string;
  type?: 'email' | 'tel';
  autoComplete: string;
}

export const BILLING_FIELDS: readonly BillingFieldSpec[] = [
  {
    field: 'email',
    label: 'Contact e-mail',
    hint: 'The billing contact; they confirm by a link sent here.',
    type: 'email',
    autoComplete: 'email',
  },
  { field: 'name', label: 'Contact name', autoComplete: 'name' },
  { field: 'companyName', label: 'Company (optional)', autoComplete: 'organization' },
  { field: 'address1', label: 'Address line 1', autoComplete: 'address-line1' },
  { field: 'address2', label: 'Address line 2 (optional)', autoComplete: 'address-line2' },
  { field: 'city', label: 'City', autoComplete: 'address-level2' },
  { field: 'state', label: 'State or region (optional)', autoComplete: 'address-level1' },
  { field: 'postCode', label: 'Post code (optional)', autoComplete: 'postal-code' },
  { field: 'country', label: 'Country', hint: 'e.g. US or United States', autoComplete: 'country' },
  {
    field: 'phone',
    label: 'Phone',
    hint: 'Digits, spaces, ( ) and -, optionally starting with +',
    type: 'tel',
    autoComplete: 'tel',
  },
];

export const EMPTY_BILLING_INFORMATION: BillingInformation = {
  email: '',
  name: '',
  companyName: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  postCode: '',
  country: '',
  phone: '',
};

const LABELS = Object.fromEntries(
  BILLING_FIELDS.map(({ field, label }) => [field, label.replace(/ \(optional\)$/, '')]),
) as Record<BillingField, string>;

/** What is wrong with each field, as "<Label> <the API's rule>." */
export function billingInformationErrors(values: BillingInformation): Partial<Record<BillingField, string>> {
  const errors: Partial<Record<BillingField, string>> = {};
  for (const { field } of BILLING_FIELDS) {
    const result = billingInformationSchema.shape[field].safeParse(values[field]);
    if (!result.success) errors[field] = `${LABELS[field]} ${result.error.issues[0]?.message ?? 'is not valid'}.`;
  }
  return errors;
}
