package org.hsctdata.fhir.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A FHIR client for the benchmark: JSON, loopback only, every request timed and bounded by a timeout. */
final class Http {

	static final String FHIR_JSON = "application/fhir+json";

	/** What a request got: its status, its body and how long it took. */
	record Answer(int status, String body, long nanos) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		double millis() {
			return nanos / 1e6;
		}
	}

	private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

	private final String root;

	private final Duration timeout;

	/** A client for the server on {@code 127.0.0.1:port}; nothing else is ever called. */
	Http(int port, Duration timeout) {
		if (!InetAddress.getLoopbackAddress().getHostAddress().equals("127.0.0.1")) {
			throw new IllegalStateException("the loopback address is not 127.0.0.1 here");
		}
		this.root = "http://127.0.0.1:" + port;
		this.timeout = timeout;
	}

	/** {@code GET /fhir/<path>}, bypassing HAPI's cache of search results. */
	Answer get(String path) throws IOException, InterruptedException {
		return send(request("/fhir/" + path).GET().build());
	}

	/** {@code GET <path>} outside the FHIR endpoint, e.g. {@code /actuator/health/readiness}. */
	Answer getRaw(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(root + path))
				.timeout(timeout)
				.GET()
				.build());
	}

	/** {@code POST /fhir/<path>} with a FHIR JSON body ({@code path} empty for a transaction). */
	Answer post(String path, byte[] body) throws IOException, InterruptedException {
		return send(request("/fhir/" + path)
				.header("Content-Type", FHIR_JSON)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(root + path))
				.timeout(timeout)
				.header("Accept", FHIR_JSON)
				.header("Cache-Control", "no-cache");
	}

	private Answer send(HttpRequest request) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), System.nanoTime() - started);
	}
}
