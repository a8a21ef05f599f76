import { authorizeCaller } from './service-identity.guard.js';
import { serviceIdentityOf, type AuthContext } from './service-identity.js';

const peer = (subjectaltname: string | undefined): AuthContext =>
  ({
    transportSecurityType: 'ssl',
    sslPeerCertificate: { subjectaltname },
  }) as AuthContext;

describe('serviceIdentityOf', () => {
  it.each([
    ['URI:spiffe://nestmall/order-service, DNS:localhost', 'order-service'],
    ['DNS:gateway, URI:spiffe://nestmall/gateway, IP Address:127.0.0.1', 'gateway'],
    // An app added to the topology later: our CA signed it, so it is who it says; what it may
    // call is for each RPC's @CallableBy to say.
    ['URI:spiffe://nestmall/payment-service', 'payment-service'],
  ])('reads the app from %s', (names, app) => {
    expect(serviceIdentityOf(peer(names))).toBe(app);
  });

  it.each([
    ['no TLS peer (plaintext, or a certificate the CA did not verify)', {}],
    ['no SAN', peer(undefined)],
    ['another trust domain', peer('URI:spiffe://elsewhere/order-service')],
    ['a path below an app', peer('URI:spiffe://nestmall/order-service/x')],
    ['two apps', peer('URI:spiffe://nestmall/gateway, URI:spiffe://nestmall/order-service')],
    // Node quotes a SAN value holding ", ": it cannot pose as a second name.
    ['a quoted value', peer('URI:"spiffe://nestmall/x, URI:spiffe://nestmall/gateway"')],
    ['a DNS name only', peer('DNS:order-service')],
  ])('gives null for %s', (_why, auth) => {
    expect(serviceIdentityOf(auth)).toBeNull();
  });
});

describe('authorizeCaller', () => {
  const rpc = '/nestmall.inventory.v1.InventoryService/Freeze';

  it('lets a listed app through', () => {
    expect(() => authorizeCaller(['order-service'], 'order-service', rpc)).not.toThrow();
    expect(() => authorizeCaller(['gateway', 'order-service'], 'gateway', rpc)).not.toThrow();
  });

  it('refuses another app with PERMISSION_DENIED, naming who may call', () => {
    expect(() => authorizeCaller(['order-service'], 'gateway', rpc)).toThrow(
      expect.objectContaining({
        code: 'PERMISSION_DENIED',
        message: `${rpc} may be called by order-service only, not by gateway`,
      }),
    );
  });

  it('refuses a caller without a certificate with UNAUTHENTICATED', () => {
    expect(() => authorizeCaller(['order-service'], null, rpc)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});
