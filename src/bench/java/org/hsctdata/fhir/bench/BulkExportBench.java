package org.hsctdata.fhir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A bulk export of the whole server, as a registry's client runs it: kick-off ({@code $export}, every type), polling
 * the status URL every 250 ms (not HAPI's {@code Retry-After} of 120 s), then every file downloaded and its lines
 * counted and kept in a folder (for the import measure, {@link ImportSample}). The time is from the kick-off to the last
 * byte of the last file.
 */
final class BulkExportBench {

	/** One export: resources (NDJSON lines), files, and the seconds from kick-off to the last file downloaded. */
	record Result(long resources, int files, double seconds, double secondsToManifest) {

		double resourcesPerSecond() {
			return resources / seconds;
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private BulkExportBench() {}

	static Result export(ServerProcess server, Duration limit, Path folder) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		HttpClient http =
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String base = "http://127.0.0.1:" + server.port() + "/fhir";
		long started = System.nanoTime();
		JsonNode manifest = JSON.readTree(AsyncRequests.await(
				http,
				HttpRequest.newBuilder(URI.create(base + "/$export"))
						.header("Prefer", "respond-async")
						.GET()
						.build(),
				"$export",
				limit));
		double toManifest = (System.nanoTime() - started) / 1e9;
		long resources = 0;
		int files = 0;
		for (JsonNode file : manifest.path("output")) {
			HttpResponse<InputStream> download = http.send(
					HttpRequest.newBuilder(URI.create(file.path("url").asText()))
							.header("Accept", "application/fhir+ndjson")
							.GET()
							.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			Path kept = folder.resolve(
					String.format("%03d-%s.ndjson", files, file.path("type").asText()));
			try (InputStream body = download.body();
					OutputStream out = Files.newOutputStream(kept)) {
				if (download.statusCode() != 200) {
					throw new IllegalStateException(file.path("url").asText() + " answered " + download.statusCode());
				}
				resources += copyCountingLines(body, out);
			}
			files++;
		}
		return new Result(resources, files, (System.nanoTime() - started) / 1e9, toManifest);
	}

	private static long copyCountingLines(InputStream body, OutputStream out) throws IOException {
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		for (int read; (read = body.read(buffer)) > 0; ) {
			out.write(buffer, 0, read);
			for (int i = 0; i < read; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
		}
		return lines;
	}
}
