package org.hsctdata.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.Fixtures;
import org.hsctdata.fhir.support.Hl7Validators;
import org.junit.jupiter.api.Test;

/**
 * Tests for what the built package holds besides the profiles, so that a conformance tester has a kit: the example
 * bundles, the requirements CapabilityStatements of a server and a client, the SearchParameters, and the profile test
 * cases made from the fixtures. Reads the {@code .tgz} the build puts on the classpath; no server.
 */
class ConformanceKitTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final ImplementationGuide GUIDE = ImplementationGuide.fromClasspath();

	static final String EXPECTATION = "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation";

	static final Set<String> EXPECTATIONS = Set.of("SHALL", "SHOULD", "MAY");

	// --- examples ---------------------------------------------------------------------------------------------------

	@Test
	void everyExampleBundleIsInThePackageByteForByte() throws IOException {
		NpmPackage npm = GUIDE.npmPackage();
		List<String> names = ExampleBundle.files().stream()
				.map(file -> file.getFileName().toString())
				.toList();

		assertThat(names).hasSize(4);
		assertThat(npm.list("example")).containsExactlyInAnyOrderElementsOf(names);
		for (Path file : ExampleBundle.files()) {
			try (InputStream packaged = npm.load("example", file.getFileName().toString())) {
				assertThat(packaged.readAllBytes()).as(file.toString()).isEqualTo(Files.readAllBytes(file));
			}
		}
		assertThat(npm.listResourcesInFolder("example", Set.of("Bundle"))).containsExactlyInAnyOrderElementsOf(names);
	}

	// --- CapabilityStatements -------------------------------------------------------------------------------------

	@Test
	void theServerRequirementsAreAsTheContractSays() {
		CapabilityStatement server = capabilityStatement("ball-hsct-server");

		assertThat(server.getUrl()).isEqualTo(Canonicals.SERVER_REQUIREMENTS);
		assertThat(GUIDE.capabilityStatement(FHIR, Canonicals.SERVER_REQUIREMENTS)
						.getIdPart())
				.isEqualTo("ball-hsct-server");
		assertThat(server.getVersion()).isEqualTo(GUIDE.version());
		assertThat(server.getKind()).isEqualTo(CapabilityStatementKind.REQUIREMENTS);
		assertThat(server.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
		assertThat(server.getRest()).singleElement().satisfies(rest -> {
			assertThat(rest.getMode()).isEqualTo(RestfulCapabilityMode.SERVER);
			assertThat(rest.getInteraction())
					.filteredOn(interaction -> interaction.getCode().toCode().equals("transaction"))
					.singleElement()
					.satisfies(
							transaction -> assertThat(expectation(transaction)).isEqualTo("SHALL"));
		});
	}

	@Test
	void theClientRequirementsAreAsTheContractSays() {
		CapabilityStatement client = capabilityStatement("ball-hsct-client");

		assertThat(client.getUrl()).isEqualTo(Canonicals.CLIENT_REQUIREMENTS);
		assertThat(GUIDE.capabilityStatement(FHIR, Canonicals.CLIENT_REQUIREMENTS)
						.getIdPart())
				.isEqualTo("ball-hsct-client");
		assertThat(client.getVersion()).isEqualTo(GUIDE.version());
		assertThat(client.getKind()).isEqualTo(CapabilityStatementKind.REQUIREMENTS);
		assertThat(client.getRest())
				.singleElement()
				.satisfies(rest -> assertThat(rest.getMode()).isEqualTo(RestfulCapabilityMode.CLIENT));
	}

	@Test
	void everyRequirementCarriesAnExpectation() {
		for (String id : List.of("ball-hsct-server", "ball-hsct-client")) {
			CapabilityStatementRestComponent rest = capabilityStatement(id).getRestFirstRep();
			List<Element> requirements = new ArrayList<>(rest.getInteraction());
			requirements.addAll(rest.getOperation());
			for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
				requirements.addAll(resource.getInteraction());
				requirements.addAll(resource.getSearchParam());
				requirements.addAll(resource.getOperation());
			}
			assertThat(requirements).as(id).hasSizeGreaterThan(20);
			assertThat(requirements)
					.as(id)
					.allSatisfy(
							requirement -> assertThat(expectation(requirement)).isIn(EXPECTATIONS));
		}
	}

	@Test
	void theServerSupportsEveryProfileOfThePackageForItsType() {
		Map<String, Set<String>> profilesByType = new TreeMap<>();
		resources(StructureDefinition.class).stream()
				.filter(sd -> sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE)
				.filter(sd -> sd.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT)
				.forEach(sd -> profilesByType
						.computeIfAbsent(sd.getType(), type -> new TreeSet<>())
						.add(sd.getUrl()));
		Map<String, Set<String>> declared = new TreeMap<>();
		capabilityStatement("ball-hsct-server").getRestFirstRep().getResource().stream()
				.filter(CapabilityStatementRestResourceComponent::hasSupportedProfile)
				.forEach(resource -> declared.put(
						resource.getType(),
						new TreeSet<>(resource.getSupportedProfile().stream()
								.map(CanonicalType::getValue)
								.toList())));

		assertThat(declared).isEqualTo(profilesByType);
	}

	@Test
	void theClientNamesOnlyProfilesOfThePackageForTheirType() {
		for (CapabilityStatementRestResourceComponent resource :
				capabilityStatement("ball-hsct-client").getRestFirstRep().getResource()) {
			for (CanonicalType profile : resource.getSupportedProfile()) {
				assertThat(resources(StructureDefinition.class))
						.as(profile.getValue())
						.anyMatch(sd -> sd.getUrl().equals(profile.getValue())
								&& sd.getType().equals(resource.getType()));
			}
		}
	}

	/**
	 * Every searchParam names a SearchParameter of R4 core (read from the {@code hl7.fhir.r4.core} package of the
	 * build's cache) or of our package, by its canonical, with its code as name, its type, and the resource among its
	 * bases.
	 */
	@Test
	void everySearchParamNamesARealSearchParameterOfItsType() throws IOException {
		Map<String, SearchParameter> known = new TreeMap<>(coreSearchParameters());
		resources(SearchParameter.class).forEach(parameter -> known.put(parameter.getUrl(), parameter));

		for (String id : List.of("ball-hsct-server", "ball-hsct-client")) {
			for (CapabilityStatementRestResourceComponent resource :
					capabilityStatement(id).getRestFirstRep().getResource()) {
				for (CapabilityStatementRestResourceSearchParamComponent searchParam : resource.getSearchParam()) {
					SearchParameter definition = known.get(searchParam.getDefinition());
					String what = id + " " + resource.getType() + "?" + searchParam.getName();
					assertThat(definition)
							.as(what + " " + searchParam.getDefinition())
							.isNotNull();
					assertThat(definition.getCode()).as(what).isEqualTo(searchParam.getName());
					assertThat(definition.getType()).as(what).isEqualTo(searchParam.getType());
					assertThat(definition.getBase())
							.as(what)
							.extracting(base -> base.getCode())
							.containsAnyOf(resource.getType(), "Resource");
				}
			}
		}
	}

	@Test
	void theServerDeclaresEverySearchParameterOfThePackage() {
		List<String> declared = capabilityStatement("ball-hsct-server").getRestFirstRep().getResource().stream()
				.flatMap(resource -> resource.getSearchParam().stream())
				.map(CapabilityStatementRestResourceSearchParamComponent::getDefinition)
				.toList();

		assertThat(declared)
				.containsAll(resources(SearchParameter.class).stream()
						.map(SearchParameter::getUrl)
						.toList());
	}

	@Test
	void operationsNameTheirDefinitionByCanonical() {
		for (String id : List.of("ball-hsct-server", "ball-hsct-client")) {
			CapabilityStatementRestComponent rest = capabilityStatement(id).getRestFirstRep();
			List<CapabilityStatementRestResourceOperationComponent> operations = new ArrayList<>(rest.getOperation());
			rest.getResource().forEach(resource -> operations.addAll(resource.getOperation()));
			assertThat(operations).allSatisfy(operation -> {
				assertThat(operation.getName()).matches("[a-z][a-z-]*");
				assertThat(operation.getDefinition()).matches("https?://\\S+/OperationDefinition/\\S+");
			});
		}
	}

	// --- SearchParameters --------------------------------------------------------------------------------------------

	@Test
	void everySearchParameterIsActiveUnderOurCanonical() {
		List<SearchParameter> parameters = resources(SearchParameter.class);

		assertThat(parameters).hasSizeGreaterThanOrEqualTo(6);
		assertThat(parameters).allSatisfy(parameter -> {
			assertThat(parameter.getUrl()).isEqualTo(Canonicals.BASE + "/SearchParameter/" + parameter.getIdPart());
			assertThat(parameter.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
			assertThat(parameter.getBase()).hasSize(1);
			assertThat(parameter.getExpression())
					.startsWith(parameter.getBase().get(0).getCode() + ".");
			assertThat(parameter.getDescription()).isNotBlank();
		});
	}

	/** An extension an expression selects is one of our package, or one of R4 core. */
	@Test
	void everyExtensionAnExpressionNamesExists() throws IOException {
		Set<String> extensions = new TreeSet<>();
		resources(StructureDefinition.class).forEach(sd -> extensions.add(sd.getUrl()));
		extensions.addAll(coreStructureDefinitionUrls());
		Pattern extension = Pattern.compile("extension\\('([^']+)'\\)");

		for (SearchParameter parameter : resources(SearchParameter.class)) {
			Matcher urls = extension.matcher(parameter.getExpression());
			while (urls.find()) {
				assertThat(extensions).as(parameter.getUrl()).contains(urls.group(1));
			}
		}
	}

	/**
	 * Each expression, in HAPI's FHIRPath engine (the one that indexes), selects a value of the parameter's type in at
	 * least one example resource of its base.
	 */
	@Test
	void everyExpressionFindsValuesInTheExamples() throws IOException {
		List<Resource> examples = new ArrayList<>();
		for (Path file : ExampleBundle.files()) {
			FHIR.newJsonParser()
					.parseResource(Bundle.class, Files.readString(file))
					.getEntry()
					.forEach(entry -> examples.add(entry.getResource()));
		}
		for (SearchParameter parameter : resources(SearchParameter.class)) {
			String base = parameter.getBase().get(0).getCode();
			List<IBase> values = examples.stream()
					.filter(resource -> resource.fhirType().equals(base))
					.flatMap(resource ->
							FHIR.newFhirPath().evaluate(resource, parameter.getExpression(), IBase.class).stream())
					.toList();
			assertThat(values).as(parameter.getUrl()).isNotEmpty();
			String expectedType = switch (parameter.getType()) {
				case TOKEN -> "CodeableConcept";
				case NUMBER -> "positiveInt";
				case REFERENCE -> "Reference";
				default -> throw new AssertionError("no example check for type " + parameter.getType());
			};
			assertThat(values)
					.as(parameter.getUrl())
					.allSatisfy(value -> assertThat(((Base) value).fhirType()).isEqualTo(expectedType));
		}
	}

	// --- profile test cases ------------------------------------------------------------------------------------------

	@Test
	void everyFixtureIsATestCaseOfItsProfileWithTheSameBytes() throws IOException {
		NpmPackage npm = GUIDE.npmPackage();
		JsonObject control = ProfileTestCasesTests.controlFile(npm);
		Map<String, String> profileBySource = new TreeMap<>();
		Map<String, Boolean> validBySource = new TreeMap<>();
		for (JsonObject profile : control.forceArray("profiles").asJsonObjects()) {
			for (JsonObject test : profile.forceArray("tests").asJsonObjects()) {
				profileBySource.put(test.asString("source"), profile.asString("url"));
				validBySource.put(test.asString("source"), test.asBoolean("valid"));
			}
		}

		assertThat(profileBySource.keySet()).containsExactlyInAnyOrderElementsOf(Fixtures.all());
		for (String fixture : Fixtures.all()) {
			assertThat(profileBySource.get(fixture))
					.isEqualTo(Canonicals.structureDefinition(Fixtures.profileId(fixture)));
			assertThat(ProfileTestCasesTests.source(npm, fixture))
					.as(fixture)
					.isEqualTo(Files.readAllBytes(fixturesRoot().resolve(fixture)));
		}
		assertThat(Fixtures.passing())
				.allSatisfy(fixture -> assertThat(validBySource.get(fixture)).isTrue());
		assertThat(Fixtures.refused())
				.allSatisfy(fixture -> assertThat(validBySource.get(fixture)).isFalse());
	}

	@Test
	void everyFailingTestCaseExpectsTheIssuesOfItsFixture() throws IOException {
		Map<String, Integer> expectedIssues = new TreeMap<>();
		for (JsonObject profile : ProfileTestCasesTests.controlFile(GUIDE.npmPackage())
				.forceArray("profiles")
				.asJsonObjects()) {
			for (JsonObject test : profile.forceArray("tests").asJsonObjects()) {
				if (test.has("outcome")) {
					expectedIssues.merge(
							test.asString("source"),
							test.getJsonObject("outcome").forceArray("issue").size(),
							Integer::sum);
				} else {
					assertThat(test.asBoolean("valid"))
							.as(test.asString("source"))
							.isTrue();
				}
			}
		}
		Map<String, Integer> rows = new TreeMap<>();
		try (InputStream csv = getClass().getResourceAsStream("/validation/expected-failures.csv")) {
			new String(csv.readAllBytes(), StandardCharsets.UTF_8)
					.lines()
					.skip(1)
					.filter(line -> !line.isBlank())
					.forEach(line -> rows.merge(line.substring(0, line.indexOf(',')), 1, Integer::sum));
		}

		assertThat(expectedIssues).isEqualTo(rows);
	}

	// --- helpers -------------------------------------------------------------------------------------------------

	static CapabilityStatement capabilityStatement(String id) {
		return resource("CapabilityStatement", id, CapabilityStatement.class);
	}

	static <T extends Resource> T resource(String type, String id, Class<T> as) {
		try (InputStream json = GUIDE.npmPackage().load("package", type + "-" + id + ".json")) {
			assertThat(json).as("package/%s-%s.json", type, id).isNotNull();
			return FHIR.newJsonParser().parseResource(as, json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static <T extends Resource> List<T> resources(Class<T> type) {
		try {
			List<T> resources = new ArrayList<>();
			NpmPackage npm = GUIDE.npmPackage();
			for (String file : npm.listResources(Set.of(type.getSimpleName()))) {
				try (InputStream json = npm.load("package", file)) {
					resources.add(FHIR.newJsonParser().parseResource(type, json));
				}
			}
			return resources;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String expectation(Element requirement) {
		return requirement.getExtensionsByUrl(EXPECTATION).stream()
				.map(extension -> extension.getValue().primitiveValue())
				.findFirst()
				.orElse(null);
	}

	static Path corePackage() {
		return Hl7Validators.FHIR_HOME.resolve(".fhir/packages/hl7.fhir.r4.core#4.0.1/package");
	}

	static Map<String, SearchParameter> coreSearchParameters() throws IOException {
		Map<String, SearchParameter> parameters = new TreeMap<>();
		try (Stream<Path> files = Files.list(corePackage())) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("SearchParameter-"))
					.toList()) {
				SearchParameter parameter =
						FHIR.newJsonParser().parseResource(SearchParameter.class, Files.readString(file));
				parameters.put(parameter.getUrl(), parameter);
			}
		}
		assertThat(parameters)
				.as("R4 core search parameters in %s", corePackage())
				.hasSizeGreaterThan(1000);
		return parameters;
	}

	static Set<String> coreStructureDefinitionUrls() throws IOException {
		Set<String> urls = new TreeSet<>();
		try (Stream<Path> files = Files.list(corePackage())) {
			files.map(file -> file.getFileName().toString())
					.filter(name -> name.startsWith("StructureDefinition-"))
					.forEach(name -> urls.add("http://hl7.org/fhir/StructureDefinition/"
							+ name.substring("StructureDefinition-".length(), name.length() - ".json".length())));
		}
		return urls;
	}

	static Path fixturesRoot() {
		try {
			return Path.of(Fixtures.class.getResource("/fixtures").toURI());
		} catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
