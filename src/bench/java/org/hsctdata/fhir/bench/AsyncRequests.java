package org.hsctdata.fhir.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * FHIR's asynchronous request pattern as the bulk measures drive it: a kick-off that must answer {@code 202} with a
 * {@code Content-Location}, then that status URL polled every 250 ms (not HAPI's {@code Retry-After} of 120 s) until
 * it answers {@code 200}.
 */
final class AsyncRequests {

	static final Duration POLL = Duration.ofMillis(250);

	private AsyncRequests() {}

	/** The body of the status URL's {@code 200}: a manifest or report. */
	static String await(HttpClient http, HttpRequest kickOff, String what, Duration limit)
			throws IOException, InterruptedException {
		HttpResponse<String> accepted = http.send(kickOff, HttpResponse.BodyHandlers.ofString());
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException(what + " answered " + accepted.statusCode() + ": " + accepted.body());
		}
		URI status =
				URI.create(accepted.headers().firstValue("Content-Location").orElseThrow());
		Instant deadline = Instant.now().plus(limit);
		while (true) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(what + " did not complete in " + limit);
			}
			HttpResponse<String> answer =
					http.send(HttpRequest.newBuilder(status).GET().build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 200) {
				return answer.body();
			}
			if (answer.statusCode() != 202) {
				throw new IllegalStateException("the status of " + what + " answered " + answer.statusCode());
			}
			Thread.sleep(POLL.toMillis());
		}
	}
}
