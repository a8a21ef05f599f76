import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What Swagger UI shows under "Server response" after Execute. */
export interface ShownResponse {
  status: number;
  body: unknown;
  curl: string;
}

/**
 * Swagger UI at /docs, driven the way a person does: expand an operation, Try it out, type into
 * its fields, Execute, and read the answer the page shows. Screenshots go to `artifacts`.
 */
export class SwaggerUi {
  private shots = 0;

  constructor(
    readonly page: Page,
    private readonly base: string,
    private readonly artifacts: string,
  ) {
    mkdirSync(artifacts, { recursive: true });
    // Each step takes a second or two; fail within seconds, not at jest's 60 s.
    page.setDefaultTimeout(15_000);
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.base}/docs`);
    await this.page.locator('.opblock').first().waitFor();
  }

  /** The operation block of `method path`, expanded, in Try it out mode. */
  async tryItOut(method: string, path: string): Promise<Locator> {
    const block = this.page.locator(`.opblock.opblock-${method.toLowerCase()}`, {
      has: this.page.locator(`.opblock-summary-path[data-path="${path}"]`),
    });
    await block.locator('.opblock-summary-control').click();
    await block.locator('.try-out__btn').click();
    return block;
  }

  parameter(block: Locator, name: string): Locator {
    return block.locator(`tr[data-param-name="${name}"] input`);
  }

  body(block: Locator): Locator {
    return block.locator('textarea.body-param__text');
  }

  /** Execute, then the status, JSON body and curl command the page shows. */
  async execute(block: Locator): Promise<ShownResponse> {
    await block.locator('button.execute').click();
    const live = block.locator('.live-responses-table .response');
    try {
      await live.waitFor();
    } catch (error) {
      // No answer shown: Swagger UI refused to send (it says why), or the request failed.
      await this.screenshot('no-answer', block);
      const refusal = await block.locator('.validation-errors').allInnerTexts();
      if (refusal.length)
        throw new Error(`Swagger UI did not send it: ${refusal.join(' ')}`, { cause: error });
      throw error;
    }
    const status = Number(await live.locator('.response-col_status').innerText());
    const text = await live.locator('.response-col_description .highlight-code code').innerText();
    const curl = await block.locator('.curl-command').innerText();
    return { status, body: JSON.parse(text), curl };
  }

  /** The Authorize dialog: `token` into the bearer scheme's field, Authorize, Close. */
  async authorizeBearer(token: string): Promise<void> {
    await this.page.locator('.auth-wrapper button.authorize').click();
    const scheme = this.page.locator('.auth-container', {
      has: this.page.locator('h4 code', { hasText: /^bearer$/ }),
    });
    await scheme.locator('input').fill(token);
    await scheme.locator('button.authorize').click();
    // Swagger UI swaps the field for a Logout button once the value is applied.
    await scheme.locator('button', { hasText: 'Logout' }).waitFor();
    await this.screenshot('authorized', this.page.locator('.modal-ux-inner'));
    await scheme.locator('button.btn-done').click();
    await this.page.locator('.modal-ux').waitFor({ state: 'detached' });
  }

  async screenshot(name: string, of?: Locator): Promise<string> {
    const file = join(this.artifacts, `${String(++this.shots).padStart(2, '0')}-${name}.png`);
    await (of ?? this.page).screenshot({ path: file });
    return file;
  }
}
