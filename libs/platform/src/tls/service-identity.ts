import type { ServerInterceptingCallInterface } from '@grpc/grpc-js';

/** grpc-js does not export its AuthContext type; every server call has one. */
export type AuthContext = ReturnType<ServerInterceptingCallInterface['getAuthContext']>;

/**
 * An app that holds a certificate of its own (`mall`, `gateway`, `user-service`, ...: the list is
 * libs/topology's CERTIFIED_APPS). A certificate names its app in a URI SAN,
 * spiffe://nestmall/<app> (SPIFFE's format, so a mesh or SPIRE could issue the same identities).
 */
export type ServiceApp = string;

export const TRUST_DOMAIN = 'nestmall';

export function spiffeIdOf(app: ServiceApp): string {
  return `spiffe://${TRUST_DOMAIN}/${app}`;
}

const SPIFFE_URI = new RegExp(`^URI:spiffe://${TRUST_DOMAIN}/([a-z][a-z0-9-]{0,62})$`);

/**
 * The app a gRPC caller proved to be: the one spiffe://nestmall/<app> URI SAN of its client
 * certificate. grpc-js fills the auth context only for a certificate that verified against our
 * CA, so an absent, self-signed or foreign certificate gives null, as does a certificate that
 * names no app or more than one. (Only our CA issues such names, so any it signed is an app.)
 */
export function serviceIdentityOf(auth: AuthContext | null | undefined): ServiceApp | null {
  const names = auth?.sslPeerCertificate?.subjectaltname;
  if (!names) return null;
  // Node quotes a SAN value that contains a separator, so a crafted name cannot split here.
  const apps = names
    .split(', ')
    .map((name) => SPIFFE_URI.exec(name)?.[1])
    .filter((app): app is string => app !== undefined);
  return apps.length === 1 ? apps[0] : null;
}
