package org.hsctdata.fhir.tester;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The enforcement checks: each profile test case of the package ({@code tests/profiles/profile-test-cases.json}, the
 * format of HL7's IG guidance) written to the server with {@code POST [type]}. A resource the guide says is invalid
 * must be refused with a 4xx and an OperationOutcome with an error; one it says is valid (a warning-only rule
 * included) must be stored. A refusal that names none of the expected issues (neither its location nor its message)
 * passes with a warning: the server refused it, but maybe for another reason.
 *
 * <p>The test cases refer to resources by ids of their own ({@code Patient/ball-patient}); before a case is sent, each
 * reference is pointed at a stored example resource of the same type (the examples are loaded first), or at an empty
 * stand-in of a type no example has, so that a refusal is about the resource and not about a reference the server
 * cannot resolve. The valid cases stay stored while the searches run (a type no example has, such as
 * MedicationRequest, is searched with them); then they and the stand-ins are deleted.
 */
final class TestCases {

	static final String FOLDER = "tests/profiles";

	static final String CONTROL_FILE = "profile-test-cases.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One test case file: its resource, whether the guide says it is valid, and the issues it must produce. */
	record TestCase(String source, String profile, boolean valid, List<ExpectedIssue> issues) {}

	/** An expected issue, as fragments of its location and message ({@code $fragments:…$} of the matchetype). */
	record ExpectedIssue(String severity, String location, String message) {}

	private final ConformanceKit kit;

	private final FhirContext fhirContext;

	private final FhirHttp http;

	TestCases(ConformanceKit kit, FhirContext fhirContext, FhirHttp http) {
		this.kit = kit;
		this.fhirContext = fhirContext;
		this.http = http;
	}

	/** The package's test cases, one per source file (the control file lists a file once per expected issue). */
	static List<TestCase> read(JsonNode control) {
		Map<String, TestCase> cases = new LinkedHashMap<>();
		for (JsonNode profile : control.path("profiles")) {
			for (JsonNode test : profile.path("tests")) {
				String source = test.path("source").asText();
				TestCase known = cases.computeIfAbsent(
						source,
						s -> new TestCase(
								s,
								profile.path("url").asText(),
								test.path("valid").asBoolean(true),
								new ArrayList<>()));
				for (JsonNode issue : test.path("outcome").path("issue")) {
					known.issues()
							.add(new ExpectedIssue(
									issue.path("severity").asText(),
									fragment(issue.path("expression").path(0).asText()),
									fragment(issue.path("details").path("text").asText())));
				}
			}
		}
		return List.copyOf(cases.values());
	}

	private static String fragment(String matchetype) {
		return matchetype.replaceFirst("^\\$fragments:(.*)\\$$", "$1");
	}

	/** What the checks stored and must delete again, last first: the valid test cases and the stand-ins. */
	private final List<String> created = new ArrayList<>();

	/** A stand-in for each type the test cases refer to and no example has, by type. */
	private final Map<String, String> standIns = new LinkedHashMap<>();

	/**
	 * Sends every test case, pointing its references at the stored examples; adds to {@code stored} the valid cases
	 * the server stored (as it returns them), for the searches. {@link #deleteWhatWasStored} removes them again.
	 */
	void check(List<Check> checks, Map<String, Resource> stored) throws IOException, InterruptedException {
		Optional<JsonNode> control = kit.file(FOLDER, CONTROL_FILE).map(TestCases::tree);
		if (control.isEmpty()) {
			checks.add(Check.skip(
					ServerTester.ENFORCEMENT,
					"profile test cases",
					kit.id() + " has no " + FOLDER + "/" + CONTROL_FILE));
			return;
		}
		Map<String, Resource> examples = new LinkedHashMap<>(stored);
		for (TestCase testCase : read(control.get())) {
			checks.add(check(testCase, examples, stored));
		}
	}

	/** Deletes what the test cases stored, and their stand-ins, last first. */
	void deleteWhatWasStored() {
		for (int i = created.size() - 1; i >= 0; i--) {
			deleteQuietly(created.get(i));
		}
	}

	private Check check(TestCase testCase, Map<String, Resource> examples, Map<String, Resource> stored)
			throws IOException, InterruptedException {
		String folder = FOLDER + "/" + testCase.source().replaceFirst("/[^/]*$", "");
		String file = testCase.source().replaceFirst("^.*/", "");
		Resource resource = (Resource) fhirContext
				.newJsonParser()
				.parseResource(
						new String(kit.file(folder, file).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
		String type = resource.fhirType();
		resource.setId((String) null);
		pointReferencesAtStoredExamples(resource, examples);
		String name = testCase.source() + (testCase.valid() ? " is stored" : " is refused") + " (SHALL)";
		FhirHttp.Answer answer = http.post(type, fhirContext.newJsonParser().encodeResourceToString(resource));
		if (answer.ok()) {
			Optional<String> reference = answer.reference();
			if (testCase.valid() && reference.isPresent()) {
				created.add(reference.get());
				FhirHttp.Answer read = http.get(reference.get());
				if (read.ok() && read.resource() instanceof Resource readBack) {
					stored.put(reference.get(), readBack);
				}
			} else {
				reference.ifPresent(this::deleteQuietly);
			}
			return testCase.valid()
					? Check.pass(ServerTester.ENFORCEMENT, name)
					: Check.fail(
							ServerTester.ENFORCEMENT,
							name,
							"stored (" + answer.status() + "), though it breaks " + testCase.profile() + ": "
									+ describe(testCase.issues()));
		}
		IBaseResource body = answer.resource();
		if (testCase.valid()) {
			return Check.fail(
					ServerTester.ENFORCEMENT,
					name,
					"refused (" + answer.status() + "), though it conforms to " + testCase.profile() + ": "
							+ (body instanceof OperationOutcome outcome
									? errors(outcome)
									: ServerTester.abbreviate(answer.body())));
		}
		if (answer.status() < 400 || answer.status() >= 500 || !(body instanceof OperationOutcome outcome)) {
			return Check.fail(
					ServerTester.ENFORCEMENT,
					name,
					"answered " + answer.status() + " without an OperationOutcome: "
							+ ServerTester.abbreviate(answer.body()));
		}
		if (outcome.getIssue().stream()
				.noneMatch(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
						|| issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)) {
			return Check.fail(ServerTester.ENFORCEMENT, name, "refused, but its OperationOutcome has no error");
		}
		boolean named = testCase.issues().stream().anyMatch(expected -> names(outcome, expected));
		return named
				? Check.pass(ServerTester.ENFORCEMENT, name)
				: new Check(
						ServerTester.ENFORCEMENT,
						name,
						Check.Outcome.WARN,
						"refused (" + answer.status() + "), but for none of the expected issues ("
								+ describe(testCase.issues()) + "): " + errors(outcome));
	}

	/** Whether an issue of the outcome is at the expected location or says the expected message. */
	private static boolean names(OperationOutcome outcome, ExpectedIssue expected) {
		return outcome.getIssue().stream().anyMatch(issue -> {
			String text = issue.getDiagnostics() + " " + issue.getDetails().getText();
			boolean atLocation = issue.getExpression().stream()
							.anyMatch(expression -> expression.getValue().contains(expected.location()))
					|| issue.getLocation().stream()
							.anyMatch(location -> location.getValue().contains(expected.location()));
			return text.contains(expected.message())
					|| (atLocation && !expected.location().isBlank());
		});
	}

	/**
	 * Every reference {@code Type/id} to a stored example resource of that type (the published case's first), or to a
	 * stand-in of that type when no example has one (an empty resource, e.g. a Specimen): a refusal must be about the
	 * resource, not about a reference the server cannot resolve.
	 */
	private void pointReferencesAtStoredExamples(Resource resource, Map<String, Resource> examples)
			throws IOException, InterruptedException {
		for (Reference reference :
				fhirContext.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
			String type = reference.getReferenceElement().getResourceType();
			if (type == null
					|| !reference.hasReference()
					|| reference.getReference().startsWith("#")) {
				continue;
			}
			Optional<String> target = examples.values().stream()
					.filter(example -> example.fhirType().equals(type))
					.findFirst()
					.map(example ->
							example.getIdElement().toUnqualifiedVersionless().getValue());
			if (target.isEmpty()) {
				target = standIn(type);
			}
			target.ifPresent(reference::setReference);
		}
	}

	/** An empty resource of the type, stored once; none when the server refuses it (the reference stays as it is). */
	private Optional<String> standIn(String type) throws IOException, InterruptedException {
		if (!standIns.containsKey(type)) {
			FhirHttp.Answer answer = http.post(type, "{\"resourceType\":\"" + type + "\"}");
			String reference = answer.ok() ? answer.reference().orElse(null) : null;
			standIns.put(type, reference);
			if (reference != null) {
				created.add(reference);
			}
		}
		return Optional.ofNullable(standIns.get(type));
	}

	private void deleteQuietly(String reference) {
		try {
			http.delete(reference);
		} catch (IOException e) {
			// the report says what was stored; a resource left behind does not change it
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String errors(OperationOutcome outcome) {
		return ServerTester.abbreviate(outcome.getIssue().stream()
				.filter(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
						|| issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
				.map(issue ->
						(issue.hasExpression() ? issue.getExpression().get(0).getValue() + ": " : "")
								+ (issue.hasDiagnostics()
										? issue.getDiagnostics()
										: issue.getDetails().getText()))
				.limit(3)
				.reduce((a, b) -> a + "; " + b)
				.orElse("no error"));
	}

	private static String describe(List<ExpectedIssue> issues) {
		return issues.stream()
				.map(issue -> issue.severity() + " at " + issue.location() + ": " + issue.message())
				.limit(3)
				.reduce((a, b) -> a + "; " + b)
				.orElse("(no issue given)");
	}

	private static JsonNode tree(byte[] json) {
		try {
			return JSON.readTree(json);
		} catch (IOException e) {
			throw new IllegalStateException("unreadable " + FOLDER + "/" + CONTROL_FILE + ": " + e.getMessage(), e);
		}
	}
}
