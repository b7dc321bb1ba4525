package org.hsctdata.fhir.tester;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar <server jar> test-server [--junit <file>] [--token <bearer token>] <base-url>}: checks a FHIR
 * server against the guide's requirements for a conforming server ({@link ServerTester}), prints a report of every
 * check and, with {@code --junit}, writes it as JUnit XML. Exits with 0 when no check failed, 1 when one did, 2 when
 * the command cannot run (bad arguments, a server that does not answer). It writes to the server: the examples, and
 * the profile test cases a conforming server refuses.
 */
public final class TestServerCommand {

	public static final String NAME = "test-server";

	static final String USAGE =
			"usage: java -jar <server jar> test-server [--junit <file>] [--token <bearer token>] <base-url>";

	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

	private TestServerCommand() {}

	/** Runs the command; returns the process exit code. */
	public static int run(List<String> arguments, PrintStream out, PrintStream err) {
		Path junit = null;
		String token = null;
		List<String> bases = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if ((argument.equals("--junit") || argument.equals("--token")) && i + 1 < arguments.size()) {
				if (argument.equals("--junit")) {
					junit = Path.of(arguments.get(++i));
				} else {
					token = arguments.get(++i);
				}
			} else if (argument.startsWith("-")) {
				err.println(USAGE);
				return 2;
			} else {
				bases.add(argument);
			}
		}
		if (bases.size() != 1 || !isHttpUrl(bases.get(0))) {
			err.println(USAGE);
			return 2;
		}
		FhirContext fhirContext = FhirContext.forR4Cached();
		ConformanceKit kit = ConformanceKit.fromClasspath(fhirContext);
		FhirHttp http = new FhirHttp(bases.get(0), token, REQUEST_TIMEOUT);
		List<Check> checks;
		try {
			checks = new ServerTester(fhirContext, http, kit).run();
		} catch (IOException e) {
			err.println("test-server: " + http.base() + " did not answer: " + e);
			return 2;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("test-server: interrupted");
			return 2;
		}
		Report report = new Report(http.base(), kit.id(), checks);
		report.print(out);
		if (junit != null) {
			try {
				Files.writeString(junit, report.junitXml(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				err.println("test-server: cannot write " + junit + ": " + e.getMessage());
				return 2;
			}
		}
		return report.passed() ? 0 : 1;
	}

	private static boolean isHttpUrl(String text) {
		try {
			URI uri = URI.create(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		} catch (IllegalArgumentException notAUri) {
			return false;
		}
	}
}
