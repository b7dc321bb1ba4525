package org.hsctdata.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.formats.JsonParser;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.utils.OperationOutcomeUtilities;
import org.hl7.fhir.r5.utils.validation.constants.ReferenceValidationPolicy;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidationEngine;
import org.hl7.fhir.validation.instance.MatchetypeValidator;
import org.hl7.fhir.validation.instance.advisor.BasePolicyAdvisorForFullValidation;
import org.hl7.fhir.validation.special.TxTesterSorters;
import org.hsctdata.fhir.support.Hl7Validators;
import org.hsctdata.fhir.support.ListedIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every profile test case of the built package ({@code tests/profiles/profile-test-cases.json}, made by {@code
 * fhir-profiles/build.mjs} from the conformance fixtures) in the independent HL7 validator library, offline and as
 * the validator CLI runs it ({@code -tx n/a}, no reference resolution), and checks each expected outcome the way the
 * IG Publisher's {@code ProfileTestCaseExecutor} does: the resource is valid when no issue is an error or fatal, and
 * the validator's outcome, sorted by {@link TxTesterSorters}, must match the test case's {@code outcome} matchetype in
 * pattern mode ({@link MatchetypeValidator}).
 *
 * <p>The expected outcomes are the server's (HAPI's validation chain, {@code ProfileFixtureTests}). Where the offline
 * HL7 validator differs, a reviewed row says so: the errors of {@code examples/hl7-validator-accepted-issues.csv}
 * (ICD-O-3, which no CodeSystem resource defines) do not make a resource invalid, and each test case of {@code
 * validation/hl7-validator-test-case-differences.csv} must give the issue its row names instead of the expected
 * outcome, and must still differ (a row that is no longer needed fails).
 */
class ProfileTestCasesTests {

	static final String TESTS_FOLDER = "tests/profiles";
	static final String CONTROL_FILE = "profile-test-cases.json";

	private static ValidationEngine engine;

	/** One test case of the control file. */
	record TestCase(String profile, String source, boolean valid, JsonObject outcome) {
		@Override
		public String toString() {
			return source;
		}
	}

	private static final NpmPackage NPM = ImplementationGuide.fromClasspath().npmPackage();

	/** The built package, read once. */
	static NpmPackage npm() {
		return NPM;
	}

	static List<TestCase> testCases() {
		List<TestCase> cases = new ArrayList<>();
		for (JsonObject profile : controlFile(npm()).forceArray("profiles").asJsonObjects()) {
			for (JsonObject test : profile.forceArray("tests").asJsonObjects()) {
				cases.add(new TestCase(
						profile.asString("url"),
						test.asString("source"),
						test.asBoolean("valid"),
						test.has("outcome") ? test.getJsonObject("outcome") : null));
			}
		}
		return cases;
	}

	static JsonObject controlFile(NpmPackage npm) {
		try (InputStream in = npm.load(TESTS_FOLDER, CONTROL_FILE)) {
			assertThat(in).as("package/%s/%s", TESTS_FOLDER, CONTROL_FILE).isNotNull();
			return org.hl7.fhir.utilities.json.parser.JsonParser.parseObject(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The bytes of a test case's source, relative to the control file. */
	static byte[] source(NpmPackage npm, String source) {
		int slash = source.lastIndexOf('/');
		String folder = slash < 0 ? TESTS_FOLDER : TESTS_FOLDER + "/" + source.substring(0, slash);
		try (InputStream in = npm.load(folder, source.substring(slash + 1))) {
			assertThat(in).as("package/%s/%s", TESTS_FOLDER, source).isNotNull();
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("testCases")
	void theHl7ValidatorGivesTheExpectedOutcome(TestCase test) throws Exception {
		ValidationEngine hl7 = engine();
		List<ValidationMessage> messages = validate(hl7, test);
		List<String> problems = problems(hl7, test, messages);
		Optional<Difference> difference = Difference.of(test.source());

		if (difference.isEmpty()) {
			assertThat(problems)
					.as("the HL7 validator's issues:%n%s", describe(messages))
					.isEmpty();
		} else {
			assertThat(problems)
					.as("%s is listed in %s but passes: delete its row", test.source(), Difference.FILE)
					.isNotEmpty();
			assertThat(messages)
					.as(
							"%s, instead of the expected outcome; the validator's issues:%n%s",
							difference.get(), describe(messages))
					.anyMatch(difference.get()::matches);
		}
	}

	@Test
	void everyListedDifferenceNamesATestCaseThatBreaksARule() {
		List<TestCase> cases = testCases();
		assertThat(Difference.all()).isNotEmpty().allSatisfy(difference -> {
			assertThat(difference.reason()).as(difference.toString()).isNotBlank();
			assertThat(cases)
					.as(difference.toString())
					.anyMatch(test -> test.source().equals(difference.source()) && !test.valid());
		});
	}

	static List<ValidationMessage> validate(ValidationEngine hl7, TestCase test) throws Exception {
		List<ValidationMessage> messages = new ArrayList<>();
		WebAccessPolicy policy = ManagedWebAccess.getAccessPolicy();
		ManagedWebAccess.setAccessPolicy(WebAccessPolicy.PROHIBITED);
		try {
			hl7.validate(source(npm(), test.source()), FhirFormat.JSON, List.of(test.profile()), messages);
		} finally {
			ManagedWebAccess.setAccessPolicy(policy);
		}
		return messages;
	}

	/**
	 * How the validator's answer differs from the test case: its validity (errors the accepted-issues list explains
	 * do not count), and each mismatch with the expected outcome.
	 */
	static List<String> problems(ValidationEngine hl7, TestCase test, List<ValidationMessage> messages)
			throws IOException {
		List<ListedIssue> accepted = ListedIssue.read("/examples/hl7-validator-accepted-issues.csv");
		boolean valid = messages.stream()
				.filter(ValidationMessage::isError)
				.allMatch(message -> accepted.stream().anyMatch(row -> row.matches(message)));
		List<String> problems = new ArrayList<>();
		if (valid != test.valid()) {
			problems.add("valid is " + valid + ", expected " + test.valid());
		}
		if (test.outcome() != null) {
			problems.addAll(outcomeMismatches(hl7, messages, test.outcome()));
		}
		return problems;
	}

	/** The messages of comparing the validator's sorted outcome with the expected matchetype in pattern mode. */
	static List<String> outcomeMismatches(ValidationEngine hl7, List<ValidationMessage> messages, JsonObject expected)
			throws IOException {
		OperationOutcome outcome = OperationOutcomeUtilities.createOutcome(messages);
		TxTesterSorters.sortOperationOutcome(outcome);
		Element actual = Manager.parseSingle(
				hl7.getContext(), new ByteArrayInputStream(new JsonParser().composeBytes(outcome)), FhirFormat.JSON);
		Element pattern = Manager.parseSingle(
				hl7.getContext(),
				new ByteArrayInputStream(org.hl7.fhir.utilities.json.parser.JsonParser.composeBytes(expected)),
				FhirFormat.JSON);
		List<ValidationMessage> mismatches = new ArrayList<>();
		new MatchetypeValidator(hl7.getValidator(FhirFormat.JSON).getFHIRPathEngine())
				.setPatternMode(true)
				.compare(mismatches, "outcome", pattern, actual);
		return mismatches.stream()
				.filter(ValidationMessage::isError)
				.map(ValidationMessage::getMessage)
				.toList();
	}

	static String describe(List<ValidationMessage> messages) {
		return String.join(
				"\n",
				messages.stream()
						.map(m -> "  " + m.getLevel().toCode() + " at " + m.getLocation() + ": " + m.getMessage())
						.toList());
	}

	/** The offline engine with the validator CLI's default reference policy: without -check-references, ignore. */
	static synchronized ValidationEngine engine() {
		if (engine == null) {
			engine = Hl7Validators.offlineEngine();
			engine.setPolicyAdvisor(new BasePolicyAdvisorForFullValidation(ReferenceValidationPolicy.IGNORE, Set.of()));
		}
		return engine;
	}

	/**
	 * A reviewed row of {@code validation/hl7-validator-test-case-differences.csv}: a test case whose expected outcome
	 * (the server's, HAPI's) the offline HL7 validator does not give, the issue it gives instead and why.
	 */
	record Difference(String source, String severity, String location, String fragment, String reason) {

		static final String FILE = "/validation/hl7-validator-test-case-differences.csv";

		boolean matches(ValidationMessage message) {
			return message.getLevel().toCode().equals(severity)
					&& message.getLocation().startsWith(location)
					&& message.getMessage().contains(fragment);
		}

		static Optional<Difference> of(String source) {
			return all().stream().filter(row -> row.source().equals(source)).findFirst();
		}

		static List<Difference> all() {
			try (InputStream csv = ProfileTestCasesTests.class.getResourceAsStream(FILE)) {
				return new String(csv.readAllBytes(), StandardCharsets.UTF_8)
						.lines()
						.skip(1)
						.filter(line -> !line.isBlank())
						// no field but the last (reason, in double quotes) holds a comma
						.map(line -> line.split(",", 5))
						.map(cells -> new Difference(
								cells[0], cells[1], cells[2], cells[3], cells[4].replaceAll("^\"|\"$", "")))
						.toList();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public String toString() {
			return source + ": the HL7 validator gives " + severity + " at " + location + " '" + fragment + "'";
		}
	}
}
