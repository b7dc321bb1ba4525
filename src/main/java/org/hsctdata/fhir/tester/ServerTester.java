package org.hsctdata.fhir.tester;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.fhirpath.IFhirPathEvaluationContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;

/**
 * Checks one server against the guide's requirements for a conforming server ({@link ConformanceKit}), in order:
 *
 * <ol>
 *   <li><b>capability</b>: its {@code /metadata} declares the FHIR version, and every interaction, search parameter,
 *       operation and profile the requirements ask for with SHALL (a failure) or SHOULD (a warning);
 *   <li><b>examples</b>: every example bundle of the package is accepted as a transaction, and each resource it
 *       stored reads back;
 *   <li><b>enforcement</b>: the package's profile test cases ({@link TestCases}): a resource the guide says is invalid
 *       must be refused with a 4xx and an OperationOutcome, a valid one stored;
 *   <li><b>search</b>: every required search parameter finds a stored example or valid test case by a value that
 *       resource has (what the parameter's expression selects in it), or, for a type neither has, one of the
 *       package's own conformance resources; asked with {@code Prefer: handling=strict}, so that a server that does not
 *       know the parameter answers 400 rather than ignoring it. Then the test cases are deleted again.
 * </ol>
 */
final class ServerTester {

	static final String CAPABILITY = "capability";

	static final String EXAMPLES = "examples";

	static final String SEARCH = "search";

	static final String ENFORCEMENT = "enforcement";

	/** Pages of a search followed before the tester gives up looking for the resource. */
	private static final int MAX_PAGES = 20;

	private final FhirContext fhirContext;

	private final FhirHttp http;

	private final ConformanceKit kit;

	private final List<Check> checks = new ArrayList<>();

	/** The resources the examples stored, as the server returns them, by {@code Type/id}. */
	private final Map<String, Resource> stored = new LinkedHashMap<>();

	ServerTester(FhirContext fhirContext, FhirHttp http, ConformanceKit kit) {
		this.fhirContext = fhirContext;
		this.http = http;
		this.kit = kit;
	}

	List<Check> run() throws IOException, InterruptedException {
		CapabilityStatement requirements = kit.serverRequirements();
		capability(requirements);
		examples();
		TestCases testCases = new TestCases(kit, fhirContext, http);
		try {
			testCases.check(checks, stored);
			searches(requirements);
		} finally {
			testCases.deleteWhatWasStored();
		}
		return checks;
	}

	private void capability(CapabilityStatement requirements) throws IOException, InterruptedException {
		FhirHttp.Answer answer = http.get("metadata");
		if (!(answer.resource() instanceof CapabilityStatement declared)) {
			checks.add(Check.fail(
					CAPABILITY,
					"GET /metadata answers a CapabilityStatement (SHALL)",
					"answered " + answer.status() + ": " + abbreviate(answer.body())));
			return;
		}
		checks.add(Check.pass(CAPABILITY, "GET /metadata answers a CapabilityStatement (SHALL)"));
		String version = requirements.getFhirVersion().toCode();
		checks.add(
				declared.getFhirVersion().toCode().equals(version)
						? Check.pass(CAPABILITY, "fhirVersion " + version + " (SHALL)")
						: Check.fail(
								CAPABILITY,
								"fhirVersion " + version + " (SHALL)",
								"the server declares "
										+ declared.getFhirVersion().toCode()));
		CapabilityStatementRestComponent server = serverRest(declared).orElse(new CapabilityStatementRestComponent());
		for (CapabilityStatementRestComponent rest : serverRests(requirements)) {
			for (var interaction : rest.getInteraction()) {
				declared(
						"system: " + interaction.getCode().toCode(),
						Expectation.of(interaction),
						server.getInteraction().stream().anyMatch(found -> found.getCode() == interaction.getCode()));
			}
			for (var operation : rest.getOperation()) {
				declared(
						"system: $" + operation.getName(),
						Expectation.of(operation),
						server.getOperation().stream()
								.anyMatch(found -> sameOperation(found.getName(), operation.getName())));
			}
			for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
				resource(resource, server);
			}
		}
	}

	private void resource(CapabilityStatementRestResourceComponent required, CapabilityStatementRestComponent server) {
		String type = required.getType();
		Optional<CapabilityStatementRestResourceComponent> found = server.getResource().stream()
				.filter(resource -> resource.getType().equals(type))
				.findFirst();
		Expectation expectation = Expectation.of(required);
		if (found.isEmpty()) {
			declared(type + ": supported", expectation, false);
			return;
		}
		CapabilityStatementRestResourceComponent declared = found.get();
		for (CanonicalType profile : required.getSupportedProfile()) {
			declared(
					type + ": supportedProfile " + profile.getValue(),
					Expectation.of(profile),
					declared.getSupportedProfile().stream()
									.anyMatch(
											has -> versionless(has.getValue()).equals(versionless(profile.getValue())))
							|| versionless(declared.getProfile()).equals(versionless(profile.getValue())));
		}
		for (var interaction : required.getInteraction()) {
			declared(
					type + ": " + interaction.getCode().toCode(),
					Expectation.of(interaction),
					declared.getInteraction().stream().anyMatch(has -> has.getCode() == interaction.getCode()));
		}
		for (var parameter : required.getSearchParam()) {
			declared(
					type + ": search parameter " + parameter.getName(),
					Expectation.of(parameter),
					declared.getSearchParam().stream()
							.anyMatch(has -> has.getName().equals(parameter.getName())));
		}
		for (var operation : required.getOperation()) {
			declared(
					type + ": $" + operation.getName(),
					Expectation.of(operation),
					declared.getOperation().stream()
							.anyMatch(has -> sameOperation(has.getName(), operation.getName())));
		}
	}

	/** A check that the server's CapabilityStatement declares something; MAY and SHOULD-NOT are not checked. */
	private void declared(String what, Expectation expectation, boolean declared) {
		if (!expectation.checked()) {
			return;
		}
		String name = what + " (" + expectation.label() + ")";
		checks.add(
				declared
						? Check.pass(CAPABILITY, name)
						: Check.notMet(
								CAPABILITY, name, expectation, "the server's CapabilityStatement does not declare it"));
	}

	private void examples() throws IOException, InterruptedException {
		for (Map.Entry<String, Bundle> example : kit.examples().entrySet()) {
			String name = "the transaction " + example.getKey() + " is accepted (SHALL)";
			FhirHttp.Answer answer =
					http.post("", fhirContext.newJsonParser().encodeResourceToString(example.getValue()));
			if (!(answer.resource() instanceof Bundle response) || !answer.ok()) {
				checks.add(Check.fail(EXAMPLES, name, "answered " + answer.status() + ": " + outcome(answer)));
				continue;
			}
			List<String> refused = response.getEntry().stream()
					.filter(entry -> !entry.getResponse().getStatus().startsWith("2"))
					.map(entry -> entry.getResponse().getStatus())
					.toList();
			if (!refused.isEmpty()
					|| response.getEntry().size()
							!= example.getValue().getEntry().size()) {
				checks.add(Check.fail(
						EXAMPLES,
						name,
						response.getEntry().size() + " answers for "
								+ example.getValue().getEntry().size() + " entries; statuses not 2xx: " + refused));
				continue;
			}
			checks.add(Check.pass(EXAMPLES, name));
			readBack(example.getKey(), response);
		}
	}

	private void readBack(String file, Bundle response) throws IOException, InterruptedException {
		String name = "each resource " + file + " stored reads back (SHALL)";
		List<String> failed = new ArrayList<>();
		for (Bundle.BundleEntryComponent entry : response.getEntry()) {
			String location = entry.getResponse().getLocation();
			String reference = FhirHttp.reference(location);
			FhirHttp.Answer read = http.get(reference);
			if (read.ok() && read.resource() instanceof Resource resource) {
				stored.put(reference, resource);
			} else {
				failed.add(reference + " (" + read.status() + ")");
			}
		}
		checks.add(failed.isEmpty() ? Check.pass(EXAMPLES, name) : Check.fail(EXAMPLES, name, "not read: " + failed));
	}

	private void searches(CapabilityStatement requirements) throws IOException, InterruptedException {
		Map<String, SearchParameter> guide = kit.searchParameters();
		IFhirPath fhirPath = fhirContext.newFhirPath();
		fhirPath.setEvaluationContext(new IFhirPathEvaluationContext() {
			@Override
			public IBase resolveReference(IIdType reference, IBase context) {
				return stored.get(reference.toUnqualifiedVersionless().getValue());
			}
		});
		for (CapabilityStatementRestComponent rest : serverRests(requirements)) {
			for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
				for (var parameter : resource.getSearchParam()) {
					Expectation expectation = Expectation.of(parameter);
					if (expectation.checked()) {
						search(resource.getType(), parameter, expectation, guide, fhirPath);
					}
				}
			}
		}
	}

	private void search(
			String type,
			CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent parameter,
			Expectation expectation,
			Map<String, SearchParameter> guide,
			IFhirPath fhirPath)
			throws IOException, InterruptedException {
		String name = type + "?" + parameter.getName() + " finds a stored example (" + expectation.label() + ")";
		String expression = expression(type, parameter, guide);
		if (expression == null) {
			checks.add(Check.skip(SEARCH, name, "no definition of the parameter in the package or in FHIR R4"));
			return;
		}
		for (Resource resource : stored.values()) {
			if (!resource.fhirType().equals(type)) {
				continue;
			}
			Optional<String> value = value(resource, parameter, expression, fhirPath);
			if (value.isPresent()) {
				String id = resource.getIdElement().toUnqualifiedVersionless().getValue();
				checks.add(found(
						query(type, parameter, value.get()),
						id,
						result -> id.equals(
								result.getIdElement().toUnqualifiedVersionless().getValue()),
						name,
						expectation));
				return;
			}
		}
		// no stored example of the type: the package's own conformance resources (its ValueSets, CodeSystems ...),
		// which a conforming server holds; any result with the same value will do, the server's ids being its own
		for (IBaseResource definition : kit.conformanceResources()) {
			if (!(definition instanceof Resource resource)
					|| !resource.fhirType().equals(type)) {
				continue;
			}
			Optional<String> value = value(resource, parameter, expression, fhirPath);
			if (value.isPresent()) {
				checks.add(found(
						query(type, parameter, value.get()),
						type + " with " + parameter.getName() + " " + value.get(),
						result -> value.equals(value(result, parameter, expression, fhirPath)),
						name,
						expectation));
				return;
			}
		}
		checks.add(
				Check.skip(SEARCH, name, "no stored example or test case " + type + " has a value for " + expression));
	}

	private static String query(
			String type,
			CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent parameter,
			String value) {
		return type + "?" + parameter.getName() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
				+ "&_count=100";
	}

	/** Whether the search, followed page by page, returns a resource the test accepts. */
	private Check found(String query, String wanted, Predicate<Resource> isWanted, String name, Expectation expectation)
			throws IOException, InterruptedException {
		int results = 0;
		String next = query;
		for (int page = 0; next != null && page < MAX_PAGES; page++) {
			FhirHttp.Answer answer = http.get(next, "Prefer", "handling=strict");
			if (!(answer.resource() instanceof Bundle bundle) || !answer.ok()) {
				return Check.notMet(
						SEARCH,
						name,
						expectation,
						"GET " + query + " answered " + answer.status() + ": " + outcome(answer));
			}
			for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
				if (entry.getResource() != null) {
					results++;
					if (isWanted.test(entry.getResource())) {
						return Check.pass(SEARCH, name);
					}
				}
			}
			next = Optional.ofNullable(bundle.getLink("next"))
					.map(Bundle.BundleLinkComponent::getUrl)
					.orElse(null);
		}
		return Check.notMet(
				SEARCH, name, expectation, "GET " + query + " did not return " + wanted + " (" + results + " results)");
	}

	/** The expression of the parameter: the package's SearchParameter, else FHIR R4's (as HAPI knows it). */
	private String expression(
			String type,
			CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent parameter,
			Map<String, SearchParameter> guide) {
		SearchParameter ours = guide.get(parameter.getDefinition());
		if (ours != null) {
			return ours.getExpression();
		}
		if (parameter.getName().equals("_id")) {
			return type + ".id";
		}
		RuntimeSearchParam core = fhirContext.getResourceDefinition(type).getSearchParam(parameter.getName());
		return core == null || core.getPath() == null || core.getPath().isBlank() ? null : core.getPath();
	}

	private static Optional<String> value(
			Resource resource,
			CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent parameter,
			String expression,
			IFhirPath fhirPath) {
		if (parameter.getName().equals("_id")) {
			return Optional.of(resource.getIdElement().getIdPart());
		}
		try {
			for (Base found : fhirPath.evaluate(resource, expression, Base.class)) {
				Optional<String> value =
						SearchValues.of(found, parameter.getType().toCode());
				if (value.isPresent()) {
					return value;
				}
			}
		} catch (RuntimeException notEvaluable) {
			// an expression HAPI's FHIRPath cannot evaluate on this resource: another resource may do
		}
		return Optional.empty();
	}

	private static List<CapabilityStatementRestComponent> serverRests(CapabilityStatement statement) {
		return statement.getRest().stream()
				.filter(rest -> rest.getMode() == RestfulCapabilityMode.SERVER)
				.toList();
	}

	private static Optional<CapabilityStatementRestComponent> serverRest(CapabilityStatement statement) {
		return serverRests(statement).stream().findFirst();
	}

	private static boolean sameOperation(String declared, String required) {
		return declared.replaceFirst("^\\$", "").equals(required.replaceFirst("^\\$", ""));
	}

	private static String versionless(String canonical) {
		return canonical == null ? "" : canonical.replaceFirst("\\|.*$", "");
	}

	/** The diagnostics of an OperationOutcome answer, or the start of the body. */
	String outcome(FhirHttp.Answer answer) {
		if (answer.resource() instanceof OperationOutcome outcome) {
			return outcome.getIssue().stream()
					.map(issue -> issue.getSeverity().toCode() + ": "
							+ (issue.hasDiagnostics()
									? issue.getDiagnostics()
									: issue.getDetails().getText()))
					.limit(3)
					.collect(Collectors.joining("; "));
		}
		return abbreviate(answer.body());
	}

	static String abbreviate(String text) {
		String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
		return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
	}
}
