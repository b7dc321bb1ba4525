package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hsctdata.fhir.support.PackageValidator.errors;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.support.Fixtures;
import org.hsctdata.fhir.support.PackageValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests for the profiles of our FHIR package, through its conformance fixtures, in a plain HAPI validation chain
 * ({@link PackageValidator}).
 *
 * <p>Every {@code p<n>-pass.json} must validate with no error. Every {@code f<n>-<rule>.json} is a passing fixture
 * with one thing broken, and {@code validation/expected-failures.csv} says which issue it must produce: severity,
 * the start of the FHIRPath location and a fragment of the message. For example, invariant {@code ball-hsct-1}
 * (a percentage lies between 0 and 100) is tested by {@code chimerism-observation/f1-ball-hsct-1.json}, whose value
 * is 120 %, and its row expects an {@code error} located at {@code Observation} whose message names
 * {@code ball-hsct-1}.
 */
class ProfileFixtureTests {

	@ParameterizedTest(name = "{0} passes")
	@MethodSource("org.hsctdata.fhir.support.Fixtures#passing")
	void passingFixtureValidatesWithoutErrors(String fixture) {
		ValidationResult result = PackageValidator.validate(Fixtures.read(fixture));

		assertThat(errors(result)).as(describe(result)).isEmpty();
	}

	@ParameterizedTest(name = "{0} fails at {3}: {4}")
	@CsvFileSource(resources = "/validation/expected-failures.csv", numLinesToSkip = 1)
	void failingFixtureFailsWithTheExpectedIssue(
			String fixture, String profile, String severity, String location, String message) {
		ValidationResult result = PackageValidator.validate(Fixtures.read(fixture));

		assertThat(result.getMessages()).as(describe(result)).anySatisfy(issue -> {
			assertThat(issue.getSeverity().getCode()).isEqualTo(severity);
			assertThat(issue.getLocationString()).startsWith(location);
			assertThat(issue.getMessage()).contains(message);
		});
	}

	@ParameterizedTest(name = "{0} claims its folder''s profile")
	@MethodSource("org.hsctdata.fhir.support.Fixtures#all")
	void fixtureClaimsTheProfileOfItsFolder(String fixture) {
		Resource resource = (Resource) Fixtures.read(fixture);

		assertThat(resource.getMeta().getProfile())
				.extracting(profile -> profile.getValue())
				.containsExactly(Canonicals.structureDefinition(Fixtures.profileId(fixture)));
	}

	@Test
	void everyFailingFixtureHasAnExpectedIssueAndEveryRowAFixture() throws IOException {
		List<String> rows = expectedFailureFixtures();

		assertThat(rows).containsAll(Fixtures.failing());
		assertThat(Fixtures.failing()).containsAll(rows);
	}

	static List<String> expectedFailureFixtures() throws IOException {
		try (InputStream csv = ProfileFixtureTests.class.getResourceAsStream("/validation/expected-failures.csv")) {
			return new String(csv.readAllBytes(), StandardCharsets.UTF_8)
					.lines()
					.skip(1)
					.filter(line -> !line.isBlank())
					.map(line -> line.substring(0, line.indexOf(',')))
					.distinct()
					.toList();
		}
	}

	static String describe(ValidationResult result) {
		return "validation issues:\n"
				+ String.join(
						"\n",
						result.getMessages().stream()
								.map(ProfileFixtureTests::describe)
								.toList());
	}

	static String describe(SingleValidationMessage issue) {
		return issue.getSeverity() + " " + issue.getLocationString() + ": " + issue.getMessage();
	}
}
