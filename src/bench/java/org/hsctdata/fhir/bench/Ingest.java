package org.hsctdata.fhir.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts transaction bundles with {@code concurrency} clients and measures the throughput of the accepted ones. A
 * rejected bundle is counted and reported (status and first issue), never hidden; bundles not sent because the phase
 * ran out of time are reported too.
 */
final class Ingest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * One ingest phase.
	 *
	 * @param concurrency       clients posting at once
	 * @param bundles           bundles in the phase
	 * @param accepted          bundles answered 2xx
	 * @param rejected          bundles answered otherwise (or failed)
	 * @param notSent           bundles not sent because the time limit was reached
	 * @param entriesAccepted   entries of the accepted bundles
	 * @param entriesRejected   entries of the rejected bundles
	 * @param seconds           wall time of the phase
	 * @param resourcesPerSecond {@code entriesAccepted / seconds}
	 * @param serverCpuSeconds  CPU time the server used during the phase
	 * @param compilerCpuPercent the share of it that the JIT compiler threads used
	 * @param statuses          how many bundles got each HTTP status
	 * @param rejections        the first rejections: bundle, status and first error
	 */
	record Result(
			int concurrency,
			int bundles,
			int accepted,
			int rejected,
			int notSent,
			long entriesAccepted,
			long entriesRejected,
			double seconds,
			double resourcesPerSecond,
			double serverCpuSeconds,
			double compilerCpuPercent,
			Map<String, Integer> statuses,
			List<String> rejections) {

		/** Server CPU milliseconds per accepted resource. */
		@JsonProperty
		double cpuMillisPerResource() {
			return entriesAccepted == 0 ? Double.NaN : serverCpuSeconds * 1000 / entriesAccepted;
		}
	}

	private static final int REJECTIONS_KEPT = 5;

	private Ingest() {}

	static Result run(ServerProcess server, List<BundleFile> bundles, int concurrency, Duration limit)
			throws InterruptedException, IOException {
		ConcurrentLinkedQueue<BundleFile> queue = new ConcurrentLinkedQueue<>(bundles);
		Map<String, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
		List<String> rejections = Collections.synchronizedList(new ArrayList<>());
		AtomicLong accepted = new AtomicLong();
		AtomicLong rejected = new AtomicLong();
		AtomicLong entriesAccepted = new AtomicLong();
		AtomicLong entriesRejected = new AtomicLong();
		Duration cpuBefore = server.cpu();
		ServerProcess.CpuTicks ticksBefore = server.cpuTicks();
		long started = System.nanoTime();
		long deadline = started + limit.toNanos();

		ExecutorService clients = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < concurrency; c++) {
				running.add(clients.submit(() -> {
					BundleFile bundle;
					while (System.nanoTime() < deadline && (bundle = queue.poll()) != null) {
						String status;
						try {
							Http.Answer answer = server.http.post("", bundle.read());
							status = Integer.toString(answer.status());
							if (answer.ok()) {
								accepted.incrementAndGet();
								entriesAccepted.addAndGet(bundle.entries());
							} else {
								rejected.incrementAndGet();
								entriesRejected.addAndGet(bundle.entries());
								keep(rejections, bundle.name() + ": " + status + " " + firstError(answer.body()));
							}
						} catch (IOException e) {
							status = e.getClass().getSimpleName();
							rejected.incrementAndGet();
							entriesRejected.addAndGet(bundle.entries());
							keep(rejections, bundle.name() + ": " + e);
						}
						statuses.merge(status, 1, Integer::sum);
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		} catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException("an ingest client failed", e.getCause());
		} finally {
			clients.shutdownNow();
			clients.awaitTermination(60, TimeUnit.SECONDS);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		double cpu = (server.cpu().minus(cpuBefore)).toNanos() / 1e9;
		double compilerPercent = server.cpuTicks().compilerPercentSince(ticksBefore);
		return new Result(
				concurrency,
				bundles.size(),
				(int) accepted.get(),
				(int) rejected.get(),
				queue.size(),
				entriesAccepted.get(),
				entriesRejected.get(),
				seconds,
				entriesAccepted.get() / seconds,
				cpu,
				compilerPercent,
				new TreeMap<>(statuses),
				List.copyOf(rejections));
	}

	private static void keep(List<String> rejections, String rejection) {
		synchronized (rejections) {
			if (rejections.size() < REJECTIONS_KEPT) {
				rejections.add(rejection);
			}
		}
	}

	/** The first error issue of an OperationOutcome (location and diagnostics), "" if it has none, or the start of a body that is not one. */
	static String firstError(String body) {
		try {
			JsonNode outcome = JSON.readTree(body);
			if (outcome.path("resourceType").asText().equals("OperationOutcome")) {
				for (JsonNode issue : outcome.path("issue")) {
					String severity = issue.path("severity").asText();
					if (severity.equals("error") || severity.equals("fatal")) {
						String location = issue.path("location")
								.path(0)
								.asText(issue.path("expression").path(0).asText());
						return (location.isEmpty() ? "" : location + ": ")
								+ issue.path("diagnostics").asText();
					}
				}
				return "";
			}
		} catch (IOException | RuntimeException notJson) {
			// fall through
		}
		return body.substring(0, Math.min(200, body.length()));
	}
}
