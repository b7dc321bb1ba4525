package org.hsctdata.fhir.tester;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The tester's report: one line per check, then the totals; and the same checks as JUnit XML for CI. */
final class Report {

	private final String server;

	private final String kit;

	private final List<Check> checks;

	Report(String server, String kit, List<Check> checks) {
		this.server = server;
		this.kit = kit;
		this.checks = List.copyOf(checks);
	}

	long count(Check.Outcome outcome) {
		return checks.stream().filter(check -> check.outcome() == outcome).count();
	}

	boolean passed() {
		return count(Check.Outcome.FAIL) == 0;
	}

	void print(PrintStream out) {
		out.println("Server " + server + " against the server requirements of " + kit);
		String group = null;
		for (Check check : checks) {
			if (!check.group().equals(group)) {
				group = check.group();
				out.println();
				out.println("## " + group);
			}
			out.println(String.format("%-4s %s", check.outcome(), check.name()));
			if (!check.detail().isEmpty()) {
				out.println("     " + check.detail());
			}
		}
		out.println();
		out.println(String.format(
				"%d checks: %d passed, %d failed, %d warnings (SHOULD not met), %d skipped: %s",
				checks.size(),
				count(Check.Outcome.PASS),
				count(Check.Outcome.FAIL),
				count(Check.Outcome.WARN),
				count(Check.Outcome.SKIP),
				passed() ? "PASS" : "FAIL"));
	}

	/** JUnit XML: a test suite per group, a test case per check; a warning or a skip is a skipped test case. */
	String junitXml() {
		Map<String, List<Check>> groups = new TreeMap<>(checks.stream().collect(Collectors.groupingBy(Check::group)));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<testsuites name=\"")
				.append(escape("test-server " + server))
				.append("\" tests=\"")
				.append(checks.size())
				.append("\" failures=\"")
				.append(count(Check.Outcome.FAIL))
				.append("\" skipped=\"")
				.append(count(Check.Outcome.WARN) + count(Check.Outcome.SKIP))
				.append("\">\n");
		for (Map.Entry<String, List<Check>> group : groups.entrySet()) {
			List<Check> cases = group.getValue();
			xml.append("  <testsuite name=\"")
					.append(escape(group.getKey()))
					.append("\" tests=\"")
					.append(cases.size())
					.append("\" failures=\"")
					.append(cases.stream()
							.filter(check -> check.outcome() == Check.Outcome.FAIL)
							.count())
					.append("\">\n");
			for (Check check : cases) {
				xml.append("    <testcase classname=\"")
						.append(escape(kit + "." + check.group()))
						.append("\" name=\"")
						.append(escape(check.name()))
						.append('"');
				switch (check.outcome()) {
					case PASS -> xml.append("/>\n");
					case FAIL ->
						xml.append(">\n      <failure message=\"")
								.append(escape(check.detail()))
								.append("\"/>\n    </testcase>\n");
					case WARN, SKIP ->
						xml.append(">\n      <skipped message=\"")
								.append(escape(check.outcome() + ": " + check.detail()))
								.append("\"/>\n    </testcase>\n");
				}
			}
			xml.append("  </testsuite>\n");
		}
		return xml.append("</testsuites>\n").toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
						escaped.append(' '); // not allowed in XML 1.0
					} else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}
}
