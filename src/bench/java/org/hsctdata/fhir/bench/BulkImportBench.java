package org.hsctdata.fhir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The load of an {@link ImportSample} into an empty server. Ours: one {@code $import} of the NDJSON, polled until its
 * report ({@link AsyncRequests}). Plain has no {@code $import}; it gets the same resources, in the same order, as transaction
 * bundles of {@link #BATCH} {@code PUT}s sent one after the other, which is how our import writes them too. The time is
 * from the first request to the report (ours) or to the last transaction's answer (plain).
 */
final class BulkImportBench {

	/** Resources per transaction: what our {@code $import} writes in one database transaction. */
	static final int BATCH = 100;

	/** One import: the lines sent, those stored and refused, the seconds, and the first reason for a refusal. */
	record Result(int resources, long stored, long refused, double seconds, String firstRefusal) {

		double resourcesPerSecond() {
			return stored / seconds;
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private BulkImportBench() {}

	/** Ours: {@code POST $import} of the lines, then the status until the report. */
	static Result bulkImport(ServerProcess server, List<String> lines, Duration limit)
			throws IOException, InterruptedException {
		HttpClient http =
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String base = "http://127.0.0.1:" + server.port() + "/fhir";
		long started = System.nanoTime();
		String body = AsyncRequests.await(
				http,
				HttpRequest.newBuilder(URI.create(base + "/$import"))
						.header("Content-Type", "application/fhir+ndjson")
						.header("Prefer", "respond-async")
						.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8))
						.build(),
				"$import",
				limit);
		double seconds = (System.nanoTime() - started) / 1e9;
		JsonNode report = JSON.readTree(body);
		JsonNode counts = report.path("extension");
		String firstRefusal = "";
		for (JsonNode error : report.path("error")) {
			String outcomes = http.send(
							HttpRequest.newBuilder(URI.create(error.path("url").asText()))
									.GET()
									.build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
			firstRefusal = Ingest.firstError(outcomes.lines().findFirst().orElse(""));
		}
		return new Result(
				lines.size(),
				counts.path("stored").asLong(),
				counts.path("refused").asLong() + counts.path("notWritten").asLong(),
				seconds,
				firstRefusal);
	}

	/** Plain: the lines as transactions of {@link #BATCH} {@code PUT}s, one after the other. */
	static Result transactions(ServerProcess server, List<String> lines) throws IOException, InterruptedException {
		long started = System.nanoTime();
		long stored = 0;
		long refused = 0;
		String firstRefusal = "";
		for (int from = 0; from < lines.size(); from += BATCH) {
			List<String> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
			StringBuilder bundle =
					new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
			for (int i = 0; i < batch.size(); i++) {
				JsonNode resource = JSON.readTree(batch.get(i));
				String reference = resource.path("resourceType").asText() + "/"
						+ resource.path("id").asText();
				bundle.append(i == 0 ? "" : ",")
						.append("{\"resource\":")
						.append(batch.get(i))
						.append(",\"request\":{\"method\":\"PUT\",\"url\":\"")
						.append(reference)
						.append("\"}}");
			}
			bundle.append("]}");
			Http.Answer answer = server.http.post("", bundle.toString().getBytes(StandardCharsets.UTF_8));
			if (answer.ok()) {
				stored += batch.size();
			} else {
				refused += batch.size();
				if (firstRefusal.isEmpty()) {
					firstRefusal = answer.status() + " " + Ingest.firstError(answer.body());
				}
			}
		}
		return new Result(lines.size(), stored, refused, (System.nanoTime() - started) / 1e9, firstRefusal);
	}
}
