package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Tests optimistic locking: clients that update one Patient concurrently with {@code If-Match} never overwrite each
 * other. Each version is won by exactly one update, and every won update is in the history as the version it got.
 */
@DatabaseTest
class ConcurrentUpdateIT extends ServerIntegrationTest {

	static final String MARKER_SYSTEM = "urn:test:update-marker";
	static final int THREADS = 4;
	static final int UPDATES_PER_THREAD = 10;
	static final int MAX_ATTEMPTS_PER_THREAD = 1_000;
	static final Duration TIME_LIMIT = Duration.ofSeconds(120);
	static final Pattern WEAK_ETAG = Pattern.compile("^W/\"(\\d+)\"$");

	final HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();

	/** A won update: the marker it wrote and the version the server answered with. */
	record Win(String marker, int version) {}

	@Test
	void concurrentIfMatchUpdatesNeverLoseOneAnother() throws Exception {
		IParser parser = FhirContext.forR4Cached().newJsonParser();
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/Patient"))
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(
						parser.encodeResourceToString(TestData.patient("Concurrent")), StandardCharsets.UTF_8)));
		assertThat(created.statusCode()).isEqualTo(201);
		String id = parser.parseResource(Patient.class, created.body())
				.getIdElement()
				.getIdPart();

		Map<Integer, AtomicInteger> conflicts = new ConcurrentHashMap<>();
		long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<List<Win>>> threads = new ArrayList<>();
		try {
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				threads.add(pool.submit(() -> updateRepeatedly(id, thread, deadline, conflicts)));
			}
			List<Win> wins = new ArrayList<>();
			for (Future<List<Win>> thread : threads) {
				wins.addAll(thread.get(TIME_LIMIT.toSeconds() + 30, TimeUnit.SECONDS));
			}
			System.out.printf("ConcurrentUpdateIT: %d updates won, conflicts by status %s%n", wins.size(), conflicts);

			int expectedVersions = 1 + THREADS * UPDATES_PER_THREAD;
			assertThat(wins).hasSize(THREADS * UPDATES_PER_THREAD);
			// every won update got a version of its own
			assertThat(wins.stream().map(Win::version).collect(Collectors.toSet()))
					.hasSize(wins.size())
					.containsExactlyInAnyOrderElementsOf(
							IntStream.rangeClosed(2, expectedVersions).boxed().toList());

			// the history: versions 1..41, each once, each carrying the marker of the update that created it
			Map<Integer, List<String>> history = history(id, parser);
			assertThat(history.keySet())
					.containsExactlyElementsOf(
							IntStream.rangeClosed(1, expectedVersions).boxed().toList());
			assertThat(history.get(1)).isEmpty();
			for (Win win : wins) {
				assertThat(history.get(win.version()))
						.as("markers in version %d", win.version())
						.containsExactly(win.marker());
			}
			assertThat(conflicts.keySet()).isSubsetOf(Set.of(409, 412));
		} finally {
			pool.shutdownNow();
			pool.awaitTermination(30, TimeUnit.SECONDS);
		}
	}

	/** Reads the current version and updates it with If-Match until this thread has won its updates. */
	List<Win> updateRepeatedly(String id, int thread, long deadline, Map<Integer, AtomicInteger> conflicts)
			throws IOException, InterruptedException {
		IParser parser = FhirContext.forR4Cached().newJsonParser();
		List<Win> wins = new ArrayList<>();
		for (int attempt = 0;
				wins.size() < UPDATES_PER_THREAD && attempt < MAX_ATTEMPTS_PER_THREAD && System.nanoTime() < deadline;
				attempt++) {
			HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/Patient/" + id)));
			assertThat(read.statusCode()).isEqualTo(200);
			Patient patient = parser.parseResource(Patient.class, read.body());
			String version = patient.getMeta().getVersionId();

			String marker = "thread-" + thread + "-attempt-" + attempt;
			patient.getIdentifier().removeIf(identifier -> MARKER_SYSTEM.equals(identifier.getSystem()));
			patient.addIdentifier().setSystem(MARKER_SYSTEM).setValue(marker);

			HttpResponse<String> update = send(HttpRequest.newBuilder(uri("/Patient/" + id))
					.header("Content-Type", "application/fhir+json")
					.header("If-Match", "W/\"" + version + "\"")
					.PUT(HttpRequest.BodyPublishers.ofString(
							parser.encodeResourceToString(patient), StandardCharsets.UTF_8)));
			int status = update.statusCode();
			if (status == 200) {
				String etag = update.headers().firstValue("ETag").orElseThrow();
				Matcher matcher = WEAK_ETAG.matcher(etag);
				assertThat(matcher.matches()).as("ETag %s", etag).isTrue();
				int newVersion = Integer.parseInt(matcher.group(1));
				assertThat(newVersion).as("version after %s", version).isEqualTo(Integer.parseInt(version) + 1);
				wins.add(new Win(marker, newVersion));
			} else if (status == 412 || status == 409) {
				conflicts.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
			} else {
				throw new AssertionError("update answered " + status + ": " + update.body());
			}
		}
		return wins;
	}

	/** Version id to the update markers of that version, from the instance history (all pages). */
	Map<Integer, List<String>> history(String id, IParser parser) throws IOException, InterruptedException {
		Map<Integer, List<String>> versions = new TreeMap<>();
		Set<String> seen = new TreeSet<>();
		Map<Integer, Integer> occurrences = new HashMap<>();
		URI next = uri("/Patient/" + id + "/_history?_count=100");
		for (int page = 0; next != null && page < 10; page++) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(next));
			assertThat(response.statusCode()).isEqualTo(200);
			Bundle bundle = parser.parseResource(Bundle.class, response.body());
			for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
				Patient version = (Patient) entry.getResource();
				int versionId = Integer.parseInt(version.getMeta().getVersionId());
				occurrences.merge(versionId, 1, Integer::sum);
				versions.put(
						versionId,
						version.getIdentifier().stream()
								.filter(identifier -> MARKER_SYSTEM.equals(identifier.getSystem()))
								.map(Identifier::getValue)
								.toList());
			}
			seen.add(next.toString());
			Bundle.BundleLinkComponent link = bundle.getLink(Bundle.LINK_NEXT);
			next = link == null || seen.contains(link.getUrl()) ? null : URI.create(link.getUrl());
		}
		assertThat(occurrences.values()).as("each version once in the history").allMatch(n -> n == 1);
		return versions;
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(
				request.timeout(Duration.ofSeconds(60))
						.header("Accept", "application/fhir+json")
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + "/fhir" + path);
	}
}
