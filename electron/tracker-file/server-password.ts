import { AppError } from '../../shared/api/result';
import { displayAddress } from '../../db/postgres/errors';
import { passwordOf, withPassword } from '../../db/postgres/address';
import type { SecretStore } from '../desktop-state/secrets';

/** After opening a server: keep its password sealed by the system (or forget it, when the person said not to). */
export function rememberServerPassword(secrets: SecretStore | undefined, address: string, keep: boolean): void {
  if (!keep) secrets?.remove(displayAddress(address));
  else if (passwordOf(address)) secrets?.set(displayAddress(address), passwordOf(address));
}

/** The remembered server's address with its kept password, or why it cannot be opened without asking. */
export function rememberedServer(secrets: SecretStore | undefined, remembered: string): string | AppError {
  const kept = secrets?.get(remembered);
  if (kept) return withPassword(remembered, kept);
  return new AppError('FORBIDDEN', `The password for the PostgreSQL server ${remembered} is not kept on this computer. Enter it in Settings → Tracker → A PostgreSQL server.`);
}
