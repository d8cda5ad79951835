// A storefront's purchase flow through a client generated from the served OpenAPI document (openapi-typescript +
// openapi-fetch). The test suite type-checks it with `tsc --strict` (it must need no casts, so the document has to
// describe every request and response exactly as the API takes and returns them), then runs it against a real host
// (run-purchase-flow.mjs).
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type SelectionValue = components["schemas"]["SelectionValue"];
type OrderStatus = components["schemas"]["OrderStatus"];

/** Where the API runs, and the access tokens of a customer, the product's seller and an admin of the region. */
export interface Accounts {
  baseUrl: string;
  region: string;
  customer: string;
  seller: string;
  admin: string;
}

/** Email and password for an access token, as a storefront's sign-in form does. */
export async function signIn(baseUrl: string, region: string, email: string, password: string): Promise<string> {
  const api = createClient<paths>({ baseUrl, headers: { "X-Tenant": region } });
  const { data, error } = await api.POST("/api/v1/auth/login", { body: { email, password } });
  if (!data) {
    throw new Error(`sign-in failed: ${error.code} (${error.traceId})`);
  }
  return data.accessToken;
}

function clientFor(accounts: Accounts, token: string) {
  return createClient<paths>({ baseUrl: accounts.baseUrl, headers: { "X-Tenant": accounts.region, Authorization: `Bearer ${token}` } });
}

/** Answers a required option with a value of the kind it asks for (image options need an upload first: not here). */
function answer(option: components["schemas"]["OptionDto"]): SelectionValue | undefined {
  const choice = option.choices?.[0]?.value ?? undefined;
  switch (option.type) {
    case "text":
      return option.fonts?.[0] ? { text: "Asha", font: option.fonts[0] } : "Asha";
    case "choice":
      return choice === undefined ? undefined : option.multiple ? [choice] : choice;
    case "colour":
      return option.palette?.[0]?.hex ?? "#1F3A5F";
    case "number":
      return option.min ?? 1;
    case "date":
      return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    default:
      return undefined;
  }
}

/** Search, customisation schema, quote, cart, checkout with an idempotency key, the order; the seller starts production. */
export async function purchase(accounts: Accounts, search: string): Promise<OrderStatus> {
  const customer = clientFor(accounts, accounts.customer);

  const found = await customer.GET("/api/v1/products", { params: { query: { q: search, sort: "price_asc", limit: 5 } } });
  const product = found.data?.items[0];
  if (!product) {
    throw new Error(`no product matches "${search}"`);
  }

  const selections: Record<string, SelectionValue> = {};
  if (product.customizable) {
    const schema = await customer.GET("/api/v1/products/{id}/customization", { params: { path: { id: product.id } } });
    for (const option of schema.data?.definition.options ?? []) {
      const value = option.required && option.key ? answer(option) : undefined;
      if (option.key && value !== undefined) {
        selections[option.key] = value;
      }
    }
    const quote = await customer.POST("/api/v1/products/{id}/customization/quote", {
      params: { path: { id: product.id } },
      body: { quantity: 1, selections },
    });
    if (!quote.data) {
      throw new Error(`quote refused: ${JSON.stringify(quote.error.errors ?? {})}`);
    }
    const total: number = quote.data.total.amount;
    console.error(`quoted ${total} ${quote.data.total.currency}: ${quote.data.breakdown.map((line) => line.label).join(", ")}`);
  }

  const line = await customer.POST("/api/v1/cart/items", { body: { productId: product.id, quantity: 1, selections } });
  if (!line.data) {
    throw new Error(`add to cart refused: ${line.error.code}`);
  }

  const checkout = await customer.POST("/api/v1/checkout", {
    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
    body: { shippingAddress: { fullName: "Asha Rao", line1: "12 MG Road", city: "Bengaluru", postalCode: "560001", country: "IN" } },
  });
  const placed = checkout.data?.orders[0];
  if (!placed) {
    throw new Error(`checkout refused: ${checkout.error?.code}`);
  }

  const order = await customer.GET("/api/v1/orders/{id}", { params: { path: { id: placed.id } } });
  for (const item of order.data?.items ?? []) {
    const snapshot: Record<string, SelectionValue> | null = item.selection;
    const labels: string[] = (item.breakdown ?? []).map((price) => `${price.label}: ${price.amount.amount}`);
    if (!snapshot || labels.length === 0) {
      throw new Error(`order item ${item.id} lost its customisation snapshot`);
    }
    console.error(`${item.title} x${item.quantity}`, JSON.stringify(snapshot), labels.join(", "));
  }

  // Paid outside the provider flow, so the seller can start production.
  const admin = clientFor(accounts, accounts.admin);
  const paid = await admin.POST("/api/v1/admin/orders/{id}/mark-paid", { params: { path: { id: placed.id } } });
  if (!paid.data) {
    throw new Error(`mark-paid refused: ${paid.error.code}`);
  }

  const seller = clientFor(accounts, accounts.seller);
  const advanced = await seller.POST("/api/v1/seller/orders/{id}/status", {
    params: { path: { id: placed.id } },
    body: { status: "InProduction" },
  });
  if (!advanced.data) {
    throw new Error(`seller could not advance the order: ${advanced.error.code}`);
  }
  return advanced.data.status;
}
