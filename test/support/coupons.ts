import { DEMO_STAFF_PASSWORD } from '@nestmall/admin';

/** Demo staff (merch, with promotion:write) log in at `http`: their access token. */
export async function merchToken(http: string): Promise<string> {
  const res = await post(http, '/admin/auth/login', undefined, {
    email: 'merch@nestmall.example',
    password: DEMO_STAFF_PASSWORD,
  });
  return String(res.access_token);
}

/**
 * A new coupon template (`name`: 10.00 off, no minimum, valid for a day) made by `staff`, and one
 * of its coupons claimed by the buyer of `buyer` (an access token): the coupon's id.
 */
export async function claimedCoupon(
  http: string,
  staff: string,
  buyer: string,
  name: string,
): Promise<number> {
  const template = await post(http, '/admin/coupon-templates', staff, {
    name,
    kind: 'AMOUNT_OFF',
    amount_off_cents: 1000,
    valid_from: new Date(Date.now() - 60_000).toISOString(),
    valid_until: new Date(Date.now() + 86_400_000).toISOString(),
    total_quantity: 10,
  });
  const claimed = await post(
    http,
    `/coupon-templates/${String(template.template_id)}/claim`,
    buyer,
  );
  return Number(claimed.coupon_id);
}

/** The status of the buyer's coupon `couponId` (GET /coupons). */
export async function couponStatus(http: string, buyer: string, couponId: number): Promise<string> {
  const res = await fetch(`${http}/coupons`, { headers: { authorization: `Bearer ${buyer}` } });
  const mine = (await res.json()) as { coupon_id: number; status: string }[];
  return mine.find((c) => c.coupon_id === couponId)!.status;
}

async function post(
  http: string,
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${http}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}
