package org.hsctdata.fhir.tester;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;

/** The tester's HTTP: FHIR JSON to one server's base URL, with a bearer token when given, every request bounded. */
final class FhirHttp {

	static final String FHIR_JSON = "application/fhir+json";

	/** What a request got. */
	record Answer(int status, String body, Optional<String> location) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		/** The body as a FHIR resource (JSON), or null when it is none. */
		IBaseResource resource() {
			try {
				return FhirContext.forR4Cached().newJsonParser().parseResource(body);
			} catch (RuntimeException notFhir) {
				return null;
			}
		}

		/** {@code Type/id} of the {@code Location} (or {@code Content-Location}) header. */
		Optional<String> reference() {
			return location.map(FhirHttp::reference);
		}
	}

	/** {@code Type/id} of a location, absolute or relative, with or without {@code /_history/n}. */
	static String reference(String location) {
		return new IdType(location).toUnqualifiedVersionless().getValue();
	}

	private final HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

	private final String base;

	private final String token;

	private final Duration timeout;

	FhirHttp(String base, String token, Duration timeout) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.token = token;
		this.timeout = timeout;
	}

	String base() {
		return base;
	}

	/** {@code GET} of a path under the base ({@code Patient?name=x}) or of an absolute URL (a {@code next} link). */
	Answer get(String pathOrUrl, String... headers) throws IOException, InterruptedException {
		return send(request(pathOrUrl, headers).GET().build());
	}

	Answer post(String path, String json, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers)
				.header("Content-Type", FHIR_JSON)
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
				.build());
	}

	Answer delete(String path) throws IOException, InterruptedException {
		return send(request(path).DELETE().build());
	}

	private HttpRequest.Builder request(String pathOrUrl, String... headers) {
		URI uri = URI.create(pathOrUrl.matches("^https?://.*") ? pathOrUrl : base + "/" + pathOrUrl);
		HttpRequest.Builder request =
				HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", FHIR_JSON);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private Answer send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response =
				client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(
				response.statusCode(),
				response.body(),
				response.headers()
						.firstValue("Location")
						.or(() -> response.headers().firstValue("Content-Location")));
	}
}
