package org.hsctdata.fhir.tester;

/**
 * One requirement checked against a server, and what came of it.
 *
 * @param group   what kind of requirement: {@code capability}, {@code examples}, {@code search}, {@code enforcement}
 * @param name    the requirement, e.g. {@code Observation: search by code (SHALL)}
 * @param outcome pass, fail, warn (a SHOULD not met) or skip (nothing to check it with)
 * @param detail  why, for anything but a pass: what the server answered, and what the guide expects
 */
record Check(String group, String name, Outcome outcome, String detail) {

	enum Outcome {
		PASS,
		FAIL,
		WARN,
		SKIP
	}

	static Check pass(String group, String name) {
		return new Check(group, name, Outcome.PASS, "");
	}

	static Check fail(String group, String name, String detail) {
		return new Check(group, name, Outcome.FAIL, detail);
	}

	/** A requirement not met: a failure for SHALL, a warning for anything weaker. */
	static Check notMet(String group, String name, Expectation expectation, String detail) {
		return new Check(group, name, expectation == Expectation.SHALL ? Outcome.FAIL : Outcome.WARN, detail);
	}

	static Check skip(String group, String name, String detail) {
		return new Check(group, name, Outcome.SKIP, detail);
	}
}
