package org.hsctdata.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tests that the SearchParameters of our package are search parameters of the running server: declared in its
 * CapabilityStatement with their canonical URL, and answering the transplant searches on the example patients with
 * exactly the example resources that carry the value searched for (read from the bundles in {@code examples/}), also
 * for resources stored before a parameter became active (HAPI reindexes them).
 */
class SearchParametersIT extends ServerIntegrationTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final List<SearchParameter> PACKAGE_PARAMETERS = ImplementationGuide.fromClasspath().resources(FHIR).stream()
			.filter(SearchParameter.class::isInstance)
			.map(SearchParameter.class::cast)
			.toList();

	static final String LOCAL = Canonicals.LOCAL_CODE_SYSTEM;

	static final String EXAMPLES_ONLY = "&identifier=" + ExampleBundle.IDENTIFIER_SYSTEM + "|&_count=500";

	private static final Map<String, Resource> EXAMPLES = new HashMap<>();

	private static boolean loaded;

	/** The example bundles stored once (conditional creates: loading them again changes nothing). */
	@BeforeEach
	void loadTheExamples() throws IOException {
		synchronized (EXAMPLES) {
			if (loaded) {
				return;
			}
			for (Path file : ExampleBundle.files()) {
				Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file));
				client.transaction().withBundle(bundle).execute();
				bundle.getEntry().forEach(entry -> EXAMPLES.put(entry.getFullUrl(), entry.getResource()));
			}
			loaded = true;
		}
	}

	@Test
	void thePackageHasTheTransplantSearchParameters() {
		assertThat(PACKAGE_PARAMETERS)
				.extracting(SearchParameter::getCode)
				.contains(
						"donor-type",
						"transplant-number",
						"donor",
						"graft",
						"disease-status-at-transplant",
						"product-code",
						"morphology");
	}

	@Test
	void everySearchParameterOfThePackageIsDeclaredWithItsCanonical() {
		CapabilityStatement metadata =
				client.capabilities().ofType(CapabilityStatement.class).execute();

		for (SearchParameter parameter : PACKAGE_PARAMETERS) {
			assertThat(parameter.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
			for (var base : parameter.getBase()) {
				List<CapabilityStatementRestResourceSearchParamComponent> declared =
						metadata.getRestFirstRep().getResource().stream()
								.filter(resource -> resource.getType().equals(base.getCode()))
								.flatMap(resource -> resource.getSearchParam().stream())
								.filter(searchParam -> searchParam.getName().equals(parameter.getCode()))
								.toList();
				assertThat(declared)
						.as("%s?%s in /metadata", base.getCode(), parameter.getCode())
						.singleElement()
						.satisfies(searchParam -> {
							assertThat(searchParam.getDefinition()).isEqualTo(parameter.getUrl());
							assertThat(searchParam.getType().toCode())
									.isEqualTo(parameter.getType().toCode());
						});
			}
		}
	}

	@Test
	void findsTransplantsByDonorType() {
		for (String donorType : values(transplants(), procedure -> code(extension(procedure, "donor-type")))) {
			assertThat(search("Procedure?donor-type=" + LOCAL + "|" + donorType))
					.as("donor type %s", donorType)
					.isEqualTo(identifiers(
							transplants(), procedure -> donorType.equals(code(extension(procedure, "donor-type")))));
		}
	}

	@Test
	void findsTransplantsByTransplantNumber() {
		Function<Procedure, Integer> number =
				procedure -> ((PositiveIntType) extension(procedure, "transplant-number")).getValue();

		assertThat(search("Procedure?transplant-number=1"))
				.isNotEmpty()
				.isEqualTo(identifiers(transplants(), procedure -> number.apply(procedure) == 1));
		assertThat(search("Procedure?transplant-number=ge2"))
				.isNotEmpty()
				.isEqualTo(identifiers(transplants(), procedure -> number.apply(procedure) >= 2));
	}

	@Test
	void findsTransplantsByTheDonorsRelationship() {
		Function<Procedure, String> relationship = procedure -> {
			Reference donor = (Reference) extension(procedure, "donor");
			return donor == null
					? null
					: ((RelatedPerson) EXAMPLES.get(donor.getReference()))
							.getRelationshipFirstRep()
							.getCodingFirstRep()
							.getCode();
		};
		Set<String> relationships = values(transplants(), relationship);
		assertThat(relationships).isNotEmpty();

		for (String code : relationships) {
			assertThat(search("Procedure?donor.relationship=http://terminology.hl7.org/CodeSystem/v3-RoleCode|" + code))
					.as("donor relationship %s", code)
					.isEqualTo(identifiers(transplants(), procedure -> code.equals(relationship.apply(procedure))));
		}
	}

	@Test
	void findsTransplantsByGraftSource() {
		Function<Procedure, Set<String>> sources = procedure -> {
			Set<String> codes = new TreeSet<>();
			procedure
					.getExtensionsByUrl(Canonicals.structureDefinition("graft"))
					.forEach(graft -> {
						var product = (BiologicallyDerivedProduct)
								EXAMPLES.get(((Reference) graft.getValue()).getReference());
						product.getProductCode().getCoding().forEach(coding -> codes.add(coding.getCode()));
					});
			return codes;
		};
		Set<String> all = new TreeSet<>();
		transplants().forEach(procedure -> all.addAll(sources.apply(procedure)));
		assertThat(all).contains("graft-cord-blood", "graft-peripheral-blood");

		for (String source : all) {
			assertThat(search("Procedure?graft.product-code=" + LOCAL + "|" + source))
					.as("graft source %s", source)
					.isEqualTo(identifiers(
							transplants(), procedure -> sources.apply(procedure).contains(source)));
		}
	}

	@Test
	void findsTransplantsByConditioningIntensity() {
		for (String intensity :
				values(transplants(), procedure -> code(extension(procedure, "conditioning-intensity")))) {
			assertThat(search("Procedure?conditioning-intensity=" + LOCAL + "|" + intensity))
					.as("intensity %s", intensity)
					.isEqualTo(identifiers(
							transplants(),
							procedure -> intensity.equals(code(extension(procedure, "conditioning-intensity")))));
		}
	}

	@Test
	void findsTransplantsByTheRemissionAtTransplant() {
		Function<Procedure, String> remission = procedure -> {
			Reference status = (Reference) extension(procedure, "disease-status-at-transplant");
			return status == null
					? null
					: ((Observation) EXAMPLES.get(status.getReference()))
							.getComponent().stream()
									.filter(component -> component.getCode().hasCoding(LOCAL, "remission-number"))
									.map(component -> code(component.getValue()))
									.findFirst()
									.orElse(null);
		};
		Set<String> remissions = values(transplants(), remission);
		assertThat(remissions).contains("cr1", "cr2");

		for (String code : remissions) {
			assertThat(search("Procedure?disease-status-at-transplant.component-value-concept=" + LOCAL + "|" + code))
					.as("remission %s at transplant", code)
					.isEqualTo(identifiers(transplants(), procedure -> code.equals(remission.apply(procedure))));
		}
	}

	@Test
	void findsTheLeukaemiaByMorphology() {
		List<Condition> conditions = examples(Condition.class);
		Function<Condition, String> morphology = condition -> code(condition
				.getExtensionByUrl(Canonicals.structureDefinition("histology-morphology-behavior"))
				.getValue());
		List<Condition> leukaemias = conditions.stream()
				.filter(condition ->
						condition.hasExtension(Canonicals.structureDefinition("histology-morphology-behavior")))
				.toList();
		Set<String> codes = values(leukaemias, morphology);
		assertThat(codes).hasSizeGreaterThan(1);

		for (String code : codes) {
			assertThat(search("Condition?morphology=http://terminology.hl7.org/CodeSystem/icd-o-3|" + code))
					.as("morphology %s", code)
					.isEqualTo(identifiers(leukaemias, condition -> code.equals(morphology.apply(condition))));
		}
	}

	@Test
	void findsTheComplicationsOfATransplant() {
		String dueTo = "http://hl7.org/fhir/StructureDefinition/condition-dueTo";
		for (Procedure transplant : transplants()) {
			String fullUrl = fullUrl(transplant);
			Set<String> expected = identifiers(
					examples(Condition.class),
					condition -> condition.getExtensionsByUrl(dueTo).stream()
							.anyMatch(extension -> fullUrl.equals(((Reference) extension.getValue()).getReference())));

			assertThat(search("Condition?due-to=Procedure/" + serverId("Procedure", transplant)))
					.as("complications of %s", identifier(transplant))
					.isNotEmpty()
					.isEqualTo(expected);
		}
	}

	/**
	 * A resource stored while a parameter is not active is found by it once the parameter is active again: storing
	 * the SearchParameter starts HAPI's reindex job, as installing a package with a new parameter does.
	 */
	@Test
	void findsResourcesStoredBeforeTheParameterWasActive() throws InterruptedException {
		SearchParameter productCode = client
				.search()
				.byUrl("SearchParameter?url=" + Canonicals.BASE
						+ "/SearchParameter/biologicallyderivedproduct-product-code")
				.returnBundle(Bundle.class)
				.execute()
				.getEntry()
				.stream()
				.map(entry -> (SearchParameter) entry.getResource())
				.findFirst()
				.orElseThrow();
		// updated without a version: the second update must not be refused as a stale one
		productCode.setId(productCode.getIdElement().toUnqualifiedVersionless());
		String tag = "reindex-" + UUID.randomUUID();
		String query = "BiologicallyDerivedProduct?product-code=" + LOCAL + "|graft-bone-marrow&_tag="
				+ ExampleBundle.IDENTIFIER_SYSTEM + "|" + tag;

		productCode.setStatus(PublicationStatus.RETIRED);
		client.update().resource(productCode).execute();
		try {
			waitUntil(() -> {
				try {
					searchBundle(query);
					return false;
				} catch (InvalidRequestException unknownParameter) {
					return true; // HAPI knows no such parameter any more
				}
			});
			BiologicallyDerivedProduct graft = new BiologicallyDerivedProduct();
			graft.getMeta().addTag(ExampleBundle.IDENTIFIER_SYSTEM, tag, null);
			graft.setProductCategory(BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.CELLS);
			graft.setProductCode(new CodeableConcept(new Coding(LOCAL, "graft-bone-marrow", "Bone marrow graft")));
			client.create().resource(graft).execute();
			assertThatThrownBy(() -> searchBundle(query)).isInstanceOf(InvalidRequestException.class);
		} finally {
			productCode.setStatus(PublicationStatus.ACTIVE);
			client.update().resource(productCode).execute();
		}

		waitUntil(() -> searchBundle(query).getEntry().size() == 1);
		assertThat(searchBundle(query).getEntry()).hasSize(1);
	}

	// --- the examples ----------------------------------------------------------------------------------------------

	static <T extends Resource> List<T> examples(Class<T> type) {
		return EXAMPLES.values().stream()
				.filter(type::isInstance)
				.map(type::cast)
				.toList();
	}

	/** The HSCT Procedures of the examples: those carrying a transplant number. */
	static List<Procedure> transplants() {
		return examples(Procedure.class).stream()
				.filter(procedure -> procedure.hasExtension(Canonicals.structureDefinition("transplant-number")))
				.toList();
	}

	static org.hl7.fhir.r4.model.Type extension(Procedure procedure, String id) {
		Extension extension = procedure.getExtensionByUrl(Canonicals.structureDefinition(id));
		return extension == null ? null : extension.getValue();
	}

	static String code(org.hl7.fhir.r4.model.Type value) {
		return value instanceof CodeableConcept concept
				? concept.getCodingFirstRep().getCode()
				: null;
	}

	static <T> Set<String> values(List<T> resources, Function<T, String> value) {
		Set<String> values = new TreeSet<>();
		resources.stream().map(value).filter(v -> v != null).forEach(values::add);
		return values;
	}

	static <T extends Resource> Set<String> identifiers(List<T> resources, Predicate<T> matches) {
		Set<String> identifiers = new TreeSet<>();
		resources.stream().filter(matches).map(SearchParametersIT::identifier).forEach(identifiers::add);
		return identifiers;
	}

	static String identifier(Resource resource) {
		List<Identifier> identifiers = new ArrayList<>();
		resource.getNamedProperty("identifier").getValues().forEach(value -> identifiers.add((Identifier) value));
		return identifiers.stream()
				.filter(id -> ExampleBundle.IDENTIFIER_SYSTEM.equals(id.getSystem()))
				.map(Identifier::getValue)
				.findFirst()
				.orElseThrow();
	}

	static String fullUrl(Resource resource) {
		return EXAMPLES.entrySet().stream()
				.filter(entry -> entry.getValue() == resource)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow();
	}

	// --- the server ------------------------------------------------------------------------------------------------

	/** The example identifiers of the resources a search finds (example resources only). */
	Set<String> search(String query) {
		Set<String> found = new TreeSet<>();
		searchBundle(query + EXAMPLES_ONLY).getEntry().forEach(entry -> found.add(identifier(entry.getResource())));
		return found;
	}

	Bundle searchBundle(String query) {
		return client.search().byUrl(query).returnBundle(Bundle.class).execute();
	}

	String serverId(String type, Resource example) {
		return searchBundle(type + "?identifier=" + ExampleBundle.IDENTIFIER_SYSTEM + "|" + identifier(example))
				.getEntryFirstRep()
				.getResource()
				.getIdElement()
				.getIdPart();
	}

	static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within 90 s");
			}
			Thread.sleep(500);
		}
	}
}
