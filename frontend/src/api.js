// The dashboard's only way out: GET requests to this server's /api.

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== false) {
      query.set(key, String(value));
    }
  }
  const url = `/api/${path}${query.size ? `?${query}` : ""}`;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(await errorText(response));
  return response.json();
}

async function errorText(response) {
  try {
    const body = await response.json();
    if (Array.isArray(body.detail)) {
      return body.detail.map((d) => `${d.loc.slice(-1)[0]}: ${d.msg}`).join("; ");
    }
    return body.detail || response.statusText;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

export function exportUrl(format, params) {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== false && key !== "offset" && key !== "limit") {
      query.set(key, String(value));
    }
  }
  return `/api/export?${query}`;
}
