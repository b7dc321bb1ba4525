package org.hsctdata.fhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * A Bulk Data client for the tests, driving the async pattern over plain HTTP as a registry's client would: kick-off
 * with {@code Prefer: respond-async}, poll the {@code Content-Location} until {@code 200}, download each output file.
 *
 * @param base  the FHIR base ({@link FhirClients#baseUrl})
 * @param token a bearer token, or null for the server without authentication
 */
public record BulkExports(String base, String token) {

	private static final HttpClient HTTP =
			HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A completed export's manifest. */
	public record Manifest(JsonNode json) {

		/** The URLs of the output files of a type. */
		public List<String> urls(String type) {
			List<String> urls = new ArrayList<>();
			json.path("output").forEach(file -> {
				if (type.equals(file.path("type").asText())) {
					urls.add(file.path("url").asText());
				}
			});
			return urls;
		}

		public List<String> allUrls() {
			List<String> urls = new ArrayList<>();
			json.path("output").forEach(file -> urls.add(file.path("url").asText()));
			return urls;
		}
	}

	public static BulkExports open(int port) {
		return new BulkExports(FhirClients.baseUrl(port), null);
	}

	/** Sends a kick-off request (a path under the base, with its query) and returns the answer. */
	public HttpResponse<String> kickOff(String pathAndQuery) {
		return send(request(base + "/" + pathAndQuery)
				.header("Prefer", "respond-async")
				.GET());
	}

	/** Sends a kick-off as a {@code POST} with a Parameters body (FHIR JSON) and returns the answer. */
	public HttpResponse<String> kickOffPost(String path, String parameters) {
		return send(request(base + "/" + path)
				.header("Prefer", "respond-async")
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(parameters)));
	}

	/** Kicks off an export that must be accepted and returns its status URL. */
	public String start(String pathAndQuery) {
		HttpResponse<String> answer = kickOff(pathAndQuery);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
		return answer.headers().firstValue("Content-Location").orElseThrow();
	}

	/** Polls a status URL until the export is complete (two minutes at most) and returns its manifest. */
	public Manifest await(String statusUrl) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> status = status(statusUrl);
			if (status.statusCode() == 200) {
				return new Manifest(readTree(status.body()));
			}
			assertThat(status.statusCode()).as(status.body()).isEqualTo(202);
			assertThat(status.headers().firstValue("X-Progress")).isPresent();
			pause();
		}
		throw new AssertionError("the export at " + statusUrl + " did not complete in two minutes");
	}

	/** Kicks off an export, waits for it and returns its manifest. */
	public Manifest export(String pathAndQuery) {
		return await(start(pathAndQuery));
	}

	public HttpResponse<String> status(String statusUrl) {
		return send(request(statusUrl).GET());
	}

	public HttpResponse<String> cancel(String statusUrl) {
		return send(request(statusUrl).DELETE());
	}

	/** Downloads a file as the Bulk Data client does ({@code Accept: application/fhir+ndjson}). */
	public HttpResponse<String> download(String url) {
		return send(request(url).header("Accept", "application/fhir+ndjson").GET());
	}

	/** Every resource of the export, parsed, file by file. */
	public List<Resource> resources(Manifest manifest) {
		List<Resource> resources = new ArrayList<>();
		for (String url : manifest.allUrls()) {
			HttpResponse<String> file = download(url);
			assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+ndjson"));
			file.body()
					.lines()
					.filter(line -> !line.isBlank())
					.forEach(line -> resources.add(
							(Resource) FhirContext.forR4Cached().newJsonParser().parseResource(line)));
		}
		return resources;
	}

	private HttpRequest.Builder request(String url) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2));
		Optional.ofNullable(token).ifPresent(bearer -> request.header("Authorization", "Bearer " + bearer));
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode readTree(String json) {
		try {
			return JSON.readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
