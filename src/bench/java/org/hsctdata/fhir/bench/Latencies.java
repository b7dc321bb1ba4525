package org.hsctdata.fhir.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latency of one kind of request, repeated: a few untimed warm-up calls, then at most n calls or a time limit. */
final class Latencies {

	/** A request to time; {@code i} numbers the calls so they can rotate over patients. */
	@FunctionalInterface
	interface Call {
		Http.Answer send(int i) throws IOException, InterruptedException;
	}

	/**
	 * The timings of one measure.
	 *
	 * @param calls    timed calls made
	 * @param failures timed calls not answered 2xx
	 * @param p50      median, ms
	 * @param p95      95th percentile, ms
	 * @param max      slowest, ms
	 * @param statuses how many calls got each HTTP status
	 */
	record Result(int calls, int failures, double p50, double p95, double max, Map<Integer, Integer> statuses) {}

	/** Untimed calls first: the server's request path is interpreted code until the JIT has compiled it. */
	static final int WARM_UP_CALLS = 20;

	private Latencies() {}

	static Result measure(Call call, int iterations, Duration limit) throws IOException, InterruptedException {
		return measure(List.of(call), iterations, limit).get(0);
	}

	/**
	 * Several calls measured together (the same request to several servers): each round sends every call once,
	 * starting with a different one each round, so that what slows the machine down at a moment slows each of them.
	 * Returns a result per call, in order.
	 */
	static List<Result> measure(List<Call> calls, int iterations, Duration limit)
			throws IOException, InterruptedException {
		for (int i = 0; i < WARM_UP_CALLS; i++) {
			for (Call call : calls) {
				call.send(i);
			}
		}
		List<List<Double>> millis = new ArrayList<>();
		List<Map<Integer, Integer>> statuses = new ArrayList<>();
		int[] failures = new int[calls.size()];
		for (int c = 0; c < calls.size(); c++) {
			millis.add(new ArrayList<>());
			statuses.add(new TreeMap<>());
		}
		long deadline = System.nanoTime() + limit.toNanos();
		for (int i = 0; i < iterations && System.nanoTime() < deadline; i++) {
			for (int k = 0; k < calls.size(); k++) {
				int c = (i + k) % calls.size();
				Http.Answer answer = calls.get(c).send(WARM_UP_CALLS + i);
				millis.get(c).add(answer.millis());
				statuses.get(c).merge(answer.status(), 1, Integer::sum);
				if (!answer.ok()) {
					failures[c]++;
				}
			}
		}
		List<Result> results = new ArrayList<>();
		for (int c = 0; c < calls.size(); c++) {
			double[] sorted = millis.get(c).stream()
					.mapToDouble(Double::doubleValue)
					.sorted()
					.toArray();
			results.add(new Result(
					sorted.length,
					failures[c],
					percentile(sorted, 50),
					percentile(sorted, 95),
					sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
					statuses.get(c)));
		}
		return results;
	}

	/** The nearest-rank percentile of sorted values (NaN for none). */
	static double percentile(double[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}
}
