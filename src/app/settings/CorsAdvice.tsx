/** Props of {@link CorsAdvice}. */
export interface CorsAdviceProps {
  /** The base URL the browser failed to reach, for the mixed-content hint. */
  baseUrl: string;
}

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');

/**
 * How to let this page reach a local or self-hosted server: the browser reports a missing CORS permission as a
 * plain network failure, so the advice names the switch of each common server with this page's origin filled in.
 */
export function CorsAdvice({ baseUrl }: CorsAdviceProps) {
  const origin = globalThis.location?.origin ?? 'http://localhost:5173';
  let mixed = false;
  try {
    const target = new URL(baseUrl);
    mixed = origin.startsWith('https:') && target.protocol === 'http:' && !isLoopback(target.hostname);
  } catch {
    // A URL that does not parse never reaches this advice: validation refuses it first.
  }
  return (
    <div className="settings-cors">
      <p>
        Check that the server is running and that the base URL is right. A browser also needs the server’s
        permission (CORS) to call it from this page ({origin}); without it the request fails exactly like a
        server that is down.
      </p>
      <ul>
        <li>
          <strong>Ollama:</strong> start it with <code>OLLAMA_ORIGINS={origin} ollama serve</code> (or set
          OLLAMA_ORIGINS in its service environment and restart it).
        </li>
        <li>
          <strong>LM Studio:</strong> in the Developer tab, open the server settings, switch on “Enable CORS”,
          and restart the server.
        </li>
        <li>
          <strong>vLLM:</strong> start it with{' '}
          <code>vllm serve MODEL --allowed-origins &apos;[&quot;{origin}&quot;]&apos;</code>.
        </li>
        <li>
          <strong>Any other server, or a hosted API without CORS:</strong> put a proxy in front of it
          (LiteLLM, or nginx or Caddy) that answers the OPTIONS preflight and adds{' '}
          <code>Access-Control-Allow-Origin: {origin}</code> and{' '}
          <code>Access-Control-Allow-Headers: authorization, content-type</code>.
        </li>
      </ul>
      {mixed && (
        <p>
          This page is served over https, so the browser blocks plain http servers other than localhost (mixed
          content): give the server https, or reach it through localhost.
        </p>
      )}
    </div>
  );
}
